"""Short articles of our own about one story, two dated by their header and some undated, for the
tests of creation dates inferred across a corpus."""

DATED_A = (" date 2031-03-09 Ministers prepare the Lisbon summit\n\n"
           "Foreign ministers met in Porto on Saturday to prepare the Lisbon summit on March 12, where the "
           "fisheries accord will be signed.\n")
DATED_B = (" date 2031-03-10 Summit agenda agreed\n\n"
           "Officials said the fisheries accord will be signed at the Lisbon summit on March 12.\n")
# undated: tells the summit of March 12 as still ahead, and a visit on Tuesday as past
UNDATED_WEEKDAY = ("Portugal's prime minister visited the harbour of Sines on Tuesday, officials said.\n\n"
                   "The fisheries accord will be signed at the Lisbon summit on March 12.\n")
# undated: a yearless day told as past, the same event as a dated article tells
UNDATED_PAST = ("The fisheries accord was signed at the Lisbon summit on March 12, officials said on Friday.\n")

"""The review desk (issue 18): who works on which claim, internal notes, a reviewer's queue and
the team's overview. Nothing here is shown to readers or exported: staff only."""

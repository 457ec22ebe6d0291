"""text: utilities every stage may read (dates in text), so no stage reaches into another."""

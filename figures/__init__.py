"""The domain of humanitarian figures: intervals, units, periods, names, detection."""

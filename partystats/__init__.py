"""partystats: Party-building figures from Chinese press texts, as a validated, citable dataset."""

__version__ = "0.1.0"

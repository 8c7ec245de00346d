"""Time expressions: recognition, normalisation and anchoring to TimeML TIMEX3 values."""
from .tagger import tag

__all__ = ["tag"]

"""Timeline Builder: news articles in, a dated, sourced timeline website out."""
from .temporal import tag

__version__ = "0.1.0"
__all__ = ["tag", "__version__"]

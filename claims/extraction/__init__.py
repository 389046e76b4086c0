"""Rule-based extraction of quotes and quantities from source text. Pure Python, no Django.

from claims.extraction import extract
result = extract(text, published_on=datetime.date(2021, 7, 14))
result.quotes, result.quantities, result.speakers, result.warnings, result.to_list()
"""

from .candidates import Extraction, QuantityCandidate, QuoteCandidate, SpeakerMention
from .extract import extract

__all__ = ["Extraction", "QuantityCandidate", "QuoteCandidate", "SpeakerMention", "extract"]

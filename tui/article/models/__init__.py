"""The trained name tagger (PERS / ORG / LOC, BIO): features, pure-Python inference, training.

Run time needs only the standard library (``tagger.py``); training (``train.py``) reads the
corpora and, for the CRF, python-crfsuite (the ``[train]`` extra).
"""

from .tagger import LABELS, Tagging, tag

__all__ = ["LABELS", "Tagging", "tag"]

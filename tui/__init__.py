"""Marsad (مرصد): who said what, about whom, when — in an Arabic news article.

Kept empty on purpose: ``marsad parse`` and the tests import the parser without
paying for Textual; the dashboard is imported only by the command that opens it.
"""

__version__ = "0.1.0"

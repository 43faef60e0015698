"""pacer: hold a self-chosen waiting or no-contact period, kindly."""

__version__ = "0.1.0"

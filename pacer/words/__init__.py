"""pacer's words: the content library, rotation, notices, the message check and the safety check."""

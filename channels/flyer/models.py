"""The flyer channel keeps no rows of its own: deliveries record what was rendered,
and the files lie under MEDIA_ROOT/flyers/ (see storage.py)."""

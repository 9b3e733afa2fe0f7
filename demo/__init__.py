"""The Hagen demo: its content as data files (``demo/data``) and the loader that turns
them into a site (``demo.loader``, run by ``manage.py load_demo_content``).

Nothing of the hub imports this app; it stands on top of everything else.
"""

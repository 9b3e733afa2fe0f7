"""The one loader of the demo: reads demo/data/*.yaml and builds the site from it.

``demo.loader.load.load`` runs everything; one module per part of the site
(site, organisations, courses, campaign, resources, newsletter, mastodon, users)
and the shared steps (pages, images, illustrations, documents, streams, dates).
"""

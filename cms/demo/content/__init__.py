"""The demo's German texts, as plain data.

The builders one level up (``cms.demo.site``, ``cms.demo.organisations`` …)
turn them into pages; nothing here touches the database. Names, addresses and contact data are invented; dates are
given relative to the day the demo is loaded (see ``cms.demo.dates``).
"""

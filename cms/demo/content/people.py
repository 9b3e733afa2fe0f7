"""Names and addresses of the demo accounts listed in cms.demo.logins.DEMO_USERS."""

PEOPLE = {
    "admin": {"first_name": "Tobias", "last_name": "Lindner", "email": "admin@example.org"},
    "redaktion": {
        "first_name": "Sabine",
        "last_name": "Krämer",
        "email": "redaktion@example.org",
    },
    "verein": {
        "first_name": "Heinz",
        "last_name": "Overbeck",
        "email": "heinz.overbeck@example.org",
    },
    "helfer": {"first_name": "Leyla", "last_name": "Aydın", "email": "helfer@example.org"},
}

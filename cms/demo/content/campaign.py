"""The campaign "HAGEN braucht DICH" and three stories that show what engagement looks like.

The campaign name and hashtag come from the strategy's recommendation "Kampagne";
the conference asked for a concrete goal ("wofür DU gebraucht wirst"), so every
story ends with offers to join.
"""

CAMPAIGN = {
    "slug": "hagen-braucht-dich",
    "name": "HAGEN braucht DICH",
    "hashtag": "HAGENbrauchtDICH",
    "accent_colour": "#b3001b",
    "description": (
        "<p>Die Kampagne zeigt, wie vielfältig Engagement in Hagen ist – und wo genau Sie "
        "gebraucht werden: im Sprachcafé, auf der Streuobstwiese, im Jugendtreff oder im "
        "Vereinsvorstand. Teilen Sie Ihre Geschichte mit <b>#HAGENbrauchtDICH</b>.</p>"
    ),
}

# Story bodies: ("text", html), ("figure", caption), ("quote", text, attribution); a
# figure shows a generated illustration, described by its own alt text.
# "offers" are (organisation slug, offer slug) pairs from content.offers.
STORIES = [
    {
        "slug": "vom-sprachcafe-in-den-vorstand",
        "title": "Vom Sprachcafé in den Vorstand",
        "summary": (
            "Vor sechs Jahren kam Amal Haddad ins Sprachcafé, um Deutsch zu lernen. Heute leitet "
            "sie es – und sitzt im Vorstand von „Brücken bauen“."
        ),
        "cta_text": "Sie möchten auch Brücken bauen?",
        "body": [
            (
                "text",
                "<p>Donnerstag, kurz vor vier in Altenhagen. Amal Haddad stellt Teekannen auf "
                "die Tische, legt Kärtchen mit Gesprächsthemen aus und begrüßt die ersten Gäste "
                "mit Namen. „Am Anfang saß ich selbst hier und habe kaum ein Wort gesagt“, "
                "erzählt sie und lacht.</p>"
                "<p>Damals, 2016, war sie gerade mit ihren zwei Kindern aus Aleppo nach Hagen "
                "gekommen. Eine Nachbarin nahm sie mit ins Sprachcafé. Aus dem Zuhören wurde "
                "Mitreden, aus dem Mitreden Mitmachen.</p>",
            ),
            (
                "figure",
                "Im Sprachcafé geht es ums Reden, nicht um Grammatik.",
            ),
            (
                "text",
                "<p>Heute moderiert Amal die Tischgruppen, übersetzt bei Behördengängen und "
                "kümmert sich im Vorstand um die Finanzen. Das Handwerkszeug dafür hat sie sich "
                "in Qualifizierungen der Freiwilligenzentrale geholt – kostenlos.</p>",
            ),
            (
                "quote",
                "Hier hat mich niemand gefragt, was ich nicht kann. Alle wollten wissen, was ich "
                "kann.",
                "Amal Haddad, Vorstand von „Brücken bauen“",
            ),
            (
                "text",
                "<p>Der Verein sucht Menschen, die sich an einen Tisch setzen und zuhören, und "
                "Lots*innen, die zu Ämtern begleiten. Besonders willkommen: alle, die eine "
                "zweite Sprache sprechen.</p>",
            ),
        ],
        "offers": [
            ("bruecken-bauen", "sprachcafe"),
            ("bruecken-bauen", "behoerdenlotsinnen"),
        ],
    },
    {
        "slug": "zwei-generationen-eine-streuobstwiese",
        "title": "Zwei Generationen, eine Streuobstwiese",
        "summary": (
            "Jürgen Habermehl pflegt seit 40 Jahren Obstbäume im Volmetal. Seit letztem Jahr ist "
            "seine Enkelin Mila dabei – und hat ihre halbe Klasse mitgebracht."
        ),
        "cta_text": "Mit anpacken im Volmetal",
        "body": [
            (
                "text",
                "<p>Samstagmorgen, die Wiese ist noch nass. Jürgen Habermehl zeigt auf einen "
                "knorrigen Apfelbaum: „Der ist älter als ich.“ Seit 1984 kümmert sich die "
                "Naturschutzgruppe Volmetal um die Streuobstwiese oberhalb von Eilpe.</p>"
                "<p>Lange war die Gruppe klein und grau, erzählt der 67-Jährige. Dann kam Mila, "
                "seine Enkelin. Sie fragte in der Schule, wer mitkommen möchte – und plötzlich "
                "standen acht Jugendliche mit Astscheren auf der Wiese.</p>",
            ),
            (
                "figure",
                "Streuobstwiesen brauchen zu jeder Jahreszeit Pflege.",
            ),
            (
                "quote",
                "Ich dachte, Naturschutz ist was für Rentner. Jetzt weiß ich, wie man einen Baum "
                "schneidet – und Opa weiß, wie man ein Reel dreht.",
                "Mila, 15 Jahre",
            ),
            (
                "text",
                "<p>Die Gruppe hat sich verändert: Es gibt jetzt kurze Einsätze von drei "
                "Stunden, eine Messenger-Gruppe statt Telefonkette und einmal im Jahr eine "
                "Aufräumaktion an der Volme, bei der auch Firmenteams mitmachen.</p>",
            ),
        ],
        "offers": [
            ("naturschutzgruppe-volmetal", "streuobstwiese-pflegeeinsaetze"),
            ("naturschutzgruppe-volmetal", "aufraeumaktion-volme"),
        ],
    },
    {
        "slug": "einmal-reinschnuppern-dann-geblieben",
        "title": "Einmal reinschnuppern – dann geblieben",
        "summary": (
            "Lena wollte nur einen Nachmittag lang schauen, was Ehrenamt eigentlich ist. "
            "Ein Jahr später organisiert sie Kulturabende in Hohenlimburg."
        ),
        "cta_text": "Probieren Sie es aus!",
        "body": [
            (
                "text",
                "<p>„Ich hatte keine Ahnung, was ich machen will“, sagt Lena, 19. Also meldete "
                "sie sich zum Schnuppernachmittag der Freiwilligenzentrale an: drei Stunden, "
                "drei Einsatzorte, kein Versprechen.</p>"
                "<p>Beim Kulturverein Lennetal blieb sie hängen. Erst stand sie am Einlass, dann "
                "an der Theke, heute plant sie die Plakate und Beiträge für die Kulturnacht.</p>",
            ),
            (
                "figure",
                "Der Schnuppernachmittag führt an drei Einsatzorte.",
            ),
            (
                "quote",
                "Ich muss nicht jede Woche können. Wenn ich Prüfungen habe, sage ich Bescheid – "
                "und niemand ist beleidigt.",
                "Lena, engagiert im Kulturverein Lennetal",
            ),
            (
                "text",
                "<p>Genau das wünschen sich viele: Engagement, das in ein volles Leben passt. "
                "Die Engagementstrategie empfiehlt deshalb Schnupperangebote und kurze, "
                "projektbezogene Einsätze – wie den nächsten Schnuppernachmittag.</p>",
            ),
        ],
        "offers": [
            ("freiwilligenzentrale-hagen", "schnuppernachmittag-engagement"),
            ("kulturverein-lennetal", "einlass-und-theke"),
            ("kulturverein-lennetal", "plakate-und-social-media"),
        ],
    },
]

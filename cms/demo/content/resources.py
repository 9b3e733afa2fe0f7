"""Help for club boards (Vorstandsarbeit), after the recommendation
"Ehrenamtliche Vorstände stärken".

Bodies are parts as in content.campaign; "documents" name entries of DOCUMENTS,
generated files attached to the resource.
"""

DEMO_NOTE = (
    "<p><i>Beispieltext für die Demo: Er gibt einen ersten Überblick und ersetzt keine "
    "Rechts- oder Steuerberatung. Aktuelle Beträge und Fristen erfragen Sie beim Finanzamt "
    "oder in der Freiwilligenzentrale.</i></p>"
)


RESOURCES = [
    {
        "slug": "gemeinnuetzigkeit-und-satzung",
        "title": "Gemeinnützigkeit und Satzung",
        "category": "law",
        "summary": (
            "Was macht einen Verein gemeinnützig, was muss in der Satzung stehen, und wie "
            "behält man den Status? Ein Überblick für Vorstände kleiner Vereine."
        ),
        "body": [
            (
                "text",
                "<p>Gemeinnützige Vereine sparen Steuern und dürfen Spendenbescheinigungen "
                "ausstellen. Dafür verlangt das Finanzamt, dass der Verein seine Mittel nur für "
                "die Zwecke verwendet, die in der Satzung stehen.</p>"
                "<h2>Die Satzung</h2>"
                "<p>Die Abgabenordnung enthält eine Mustersatzung (Anlage 1 zu § 60 AO). Die "
                "dort genannten Formulierungen zu Zweck, Selbstlosigkeit und Vermögensbindung "
                "sollten sich wörtlich in Ihrer Satzung wiederfinden.</p>"
                "<h2>Den Status behalten</h2>"
                "<p>Das Finanzamt prüft in der Regel alle drei Jahre anhand der Steuererklärung "
                "und eines Tätigkeitsberichts, ob der Verein tatsächlich so arbeitet, wie es die "
                "Satzung sagt. Bewahren Sie Protokolle, Kassenberichte und Belege sorgfältig auf.</p>",
            ),
            (
                "quote",
                "Lassen Sie Satzungsänderungen vor der Mitgliederversammlung vom Finanzamt "
                "prüfen. Das kostet nichts und erspart viel Ärger.",
                "Tipp aus der Vereinsberatung",
            ),
            ("text", DEMO_NOTE),
        ],
        "checklist": [
            "Steht der Zweck des Vereins konkret in der Satzung?",
            "Sind Selbstlosigkeit und Vermögensbindung wie in der Mustersatzung formuliert?",
            "Liegt ein aktueller Freistellungsbescheid vor?",
            "Ist der nächste Tätigkeitsbericht in Arbeit?",
        ],
        "documents": [],
    },
    {
        "slug": "kassenpruefung-und-finanzen",
        "title": "Kassenprüfung und Finanzen",
        "category": "finance",
        "summary": (
            "Kassenbuch, Belege, Kassenprüfung: So behalten ehrenamtliche Kassierer*innen den "
            "Überblick – und so bereiten Kassenprüfer*innen ihren Bericht vor."
        ),
        "body": [
            (
                "text",
                "<p>Die Kasse ist das Herz jedes Vereins. Wer sie führt, sollte jederzeit zeigen "
                "können, woher das Geld kommt und wofür es ausgegeben wurde.</p>"
                "<h2>Einfach buchen</h2>"
                "<p>Für kleine Vereine reicht oft eine Einnahmen-Überschuss-Rechnung: jede "
                "Einnahme und Ausgabe mit Datum, Betrag, Zweck und Belegnummer. Trennen Sie dabei "
                "die vier Bereiche ideeller Bereich, Vermögensverwaltung, Zweckbetrieb und "
                "wirtschaftlicher Geschäftsbetrieb.</p>"
                "<h2>Die Kassenprüfung</h2>"
                "<p>Die Kassenprüfer*innen werden von der Mitgliederversammlung gewählt und "
                "prüfen, ob die Buchungen vollständig und belegt sind. Ihr Bericht ist die "
                "Grundlage für die Entlastung des Vorstands. Eine Vorlage für den Bericht finden "
                "Sie unten zum Herunterladen.</p>",
            ),
            ("text", DEMO_NOTE),
        ],
        "checklist": [
            "Kontoauszüge lückenlos vorhanden?",
            "Zu jeder Buchung ein Beleg?",
            "Barkasse gezählt und mit dem Kassenbuch abgeglichen?",
            "Spendenbescheinigungen vollständig dokumentiert?",
            "Prüfbericht unterschrieben und der Versammlung vorgelegt?",
        ],
        "documents": ["kassenpruefbericht"],
    },
    {
        "slug": "versicherungsschutz-im-ehrenamt",
        "title": "Versicherungsschutz im Ehrenamt",
        "category": "insurance",
        "summary": (
            "Wer haftet, wenn im Ehrenamt etwas passiert? Ein Überblick über Haftpflicht, "
            "Unfallversicherung und die Sammelversicherung des Landes NRW."
        ),
        "body": [
            (
                "text",
                "<p>Die meisten Schäden im Ehrenamt sind klein – aber die Sorge davor hält manche "
                "Menschen vom Mitmachen ab. Gut, wenn der Verein Antworten hat.</p>"
                "<h2>Haftpflicht</h2>"
                "<p>Eine Vereinshaftpflichtversicherung deckt Schäden, die der Verein oder seine "
                "Engagierten Dritten zufügen. Prüfen Sie, ob auch ehrenamtlich Tätige ohne "
                "Mitgliedschaft mitversichert sind.</p>"
                "<h2>Unfallversicherung</h2>"
                "<p>Viele Engagierte sind gesetzlich unfallversichert, etwa in Wohlfahrtspflege "
                "oder als gewählte Vorstände. Für alle anderen hat das Land Nordrhein-Westfalen "
                "Sammelverträge abgeschlossen, die nachrangig greifen.</p>"
                "<p>Bei einem Unfall im Ehrenamt: Schaden sofort dokumentieren und dem Vorstand "
                "melden.</p>",
            ),
            ("text", DEMO_NOTE),
        ],
        "checklist": [],
        "documents": [],
    },
    {
        "slug": "datenschutz-im-verein",
        "title": "Datenschutz im Verein (DSGVO)",
        "category": "data_protection",
        "summary": (
            "Mitgliederliste, Fotos vom Sommerfest, WhatsApp-Gruppe: Was Vereine beim "
            "Datenschutz beachten müssen, ohne sich lähmen zu lassen."
        ),
        "body": [
            (
                "text",
                "<p>Die Datenschutz-Grundverordnung gilt auch für kleine Vereine. Die gute "
                "Nachricht: Mit ein paar Grundregeln sind die meisten Vereine gut aufgestellt.</p>"
                "<h2>Die wichtigsten Grundregeln</h2>"
                "<ul><li>Nur die Daten erheben, die Sie wirklich brauchen.</li>"
                "<li>Mitglieder bei der Aufnahme informieren, was mit ihren Daten geschieht.</li>"
                "<li>Ein Verzeichnis der Verarbeitungstätigkeiten führen.</li>"
                "<li>Mit Cloud- und Newsletter-Diensten einen Vertrag zur Auftragsverarbeitung "
                "schließen.</li></ul>"
                "<h2>Fotos</h2>"
                "<p>Wer Fotos von Veranstaltungen veröffentlichen möchte, weist schon in der "
                "Einladung darauf hin und holt bei Porträts und bei Kindern eine schriftliche "
                "Einwilligung ein.</p>",
            ),
            (
                "quote",
                "Datenschutz ist kein Grund, nichts mehr zu veröffentlichen – sondern eine "
                "Frage der Sorgfalt.",
                "Aus einem Workshop der Freiwilligenzentrale",
            ),
            ("text", DEMO_NOTE),
        ],
        "checklist": [
            "Datenschutzhinweise im Aufnahmeantrag?",
            "Verzeichnis der Verarbeitungstätigkeiten angelegt?",
            "Verträge zur Auftragsverarbeitung mit allen Dienstleistern?",
            "Einwilligungen für Fotos dokumentiert?",
            "Zugänge ausgeschiedener Vorstandsmitglieder gelöscht?",
        ],
        "documents": [],
    },
    {
        "slug": "foerdermittel-finden",
        "title": "Fördermittel finden",
        "category": "funding",
        "summary": (
            "Stiftungen, Land, Bund und lokale Förderer: Wo Hagener Vereine Geld für ihre "
            "Projekte finden und wie ein Antrag gelingt."
        ),
        "body": [
            (
                "text",
                "<p>Für viele Projekte gibt es Fördergeld – man muss es nur finden. Ein Antrag "
                "lohnt sich schon für kleine Summen, etwa für neues Werkzeug oder einen "
                "Nachbarschaftstreff.</p>"
                "<h2>Wo suchen?</h2>"
                "<ul><li>Lokale Stiftungen und die Förderprogramme der regionalen Sparkasse</li>"
                "<li>Programme des Landes NRW, etwa zur Heimat- und Engagementförderung</li>"
                "<li>Die Deutsche Stiftung für Engagement und Ehrenamt</li>"
                "<li>Förderdatenbanken im Internet, gefiltert nach Thema und Region</li></ul>"
                "<h2>So gelingt der Antrag</h2>"
                "<p>Beschreiben Sie konkret, wer von Ihrem Projekt profitiert, was genau "
                "passiert und woran man den Erfolg erkennt. Fragen Sie bei der Förderstelle "
                "vorher nach – die meisten beraten gern.</p>",
            ),
            ("text", DEMO_NOTE),
        ],
        "checklist": [
            "Projektidee in drei Sätzen beschrieben?",
            "Kostenplan mit Eigenanteil erstellt?",
            "Förderbedingungen und Fristen gelesen?",
            "Ansprechperson bei der Förderstelle angerufen?",
        ],
        "documents": [],
    },
    {
        "slug": "mitgliederversammlung-vorbereiten",
        "title": "Mitgliederversammlung vorbereiten",
        "category": "leadership",
        "summary": (
            "Einladung, Tagesordnung, Wahlen, Protokoll: Schritt für Schritt zur "
            "ordnungsgemäßen Mitgliederversammlung – vor Ort, online oder hybrid."
        ),
        "body": [
            (
                "text",
                "<p>Die Mitgliederversammlung ist das wichtigste Organ des Vereins. Wird sie "
                "nicht ordnungsgemäß einberufen, können ihre Beschlüsse unwirksam sein.</p>"
                "<h2>Einladung</h2>"
                "<p>Form und Frist der Einladung stehen in Ihrer Satzung. Die Tagesordnung muss "
                "so genau sein, dass Mitglieder wissen, worüber entschieden wird – besonders bei "
                "Satzungsänderungen.</p>"
                "<h2>Online und hybrid</h2>"
                "<p>Seit 2023 erlaubt das BGB ausdrücklich hybride Versammlungen; für rein "
                "virtuelle Versammlungen braucht es einen Beschluss der Mitglieder oder eine "
                "Regelung in der Satzung.</p>"
                "<h2>Protokoll</h2>"
                "<p>Halten Sie Ort, Zeit, Teilnehmende, Beschlüsse und Abstimmungsergebnisse "
                "fest. Die Checkliste zum Herunterladen hilft bei der Vorbereitung.</p>",
            ),
            ("text", DEMO_NOTE),
        ],
        "checklist": [
            "Termin und Raum (barrierefrei!) festgelegt",
            "Einladung form- und fristgerecht verschickt",
            "Kassenbericht und Prüfbericht liegen vor",
            "Wahlleitung und Protokollführung bestimmt",
            "Anwesenheitsliste vorbereitet",
            "Protokoll unterschrieben und an die Mitglieder verschickt",
        ],
        "documents": ["checkliste-mitgliederversammlung"],
    },
]

# A PDF or text file each; "label" is the link text on the resource page.
DOCUMENTS = {
    "checkliste-mitgliederversammlung": {
        "title": "Checkliste Mitgliederversammlung (Demo)",
        "filename": "checkliste-mitgliederversammlung.pdf",
        "label": "Checkliste Mitgliederversammlung (PDF, 1 Seite)",
        "heading": "Checkliste: Mitgliederversammlung vorbereiten",
        "lines": [
            "Engagement Hub Hagen – Hilfe für Vorstände. Beispieldokument für die Demo.",
            "",
            "Sechs bis acht Wochen vorher",
            "[  ] Termin und barrierefreien Raum festlegen, bei Bedarf Videokonferenz einplanen",
            "[  ] Satzung lesen: Einladungsfrist, Form der Einladung, Beschlussfähigkeit",
            "[  ] Kassenprüfung mit den Kassenprüfer*innen vereinbaren",
            "",
            "Vier Wochen vorher",
            "[  ] Tagesordnung beschließen, Anträge von Mitgliedern aufnehmen",
            "[  ] Einladung mit Tagesordnung form- und fristgerecht verschicken",
            "",
            "Am Tag der Versammlung",
            "[  ] Anwesenheitsliste auslegen, Stimmberechtigung prüfen",
            "[  ] Versammlungsleitung und Protokollführung bestimmen",
            "[  ] Beschlussfähigkeit feststellen und ins Protokoll aufnehmen",
            "[  ] Berichte: Vorstand, Kasse, Kassenprüfung",
            "[  ] Entlastung des Vorstands, Wahlen, Anträge",
            "",
            "Danach",
            "[  ] Protokoll unterschreiben und an die Mitglieder schicken",
            "[  ] Änderungen im Vorstand oder in der Satzung beim Vereinsregister anmelden",
            "",
            "Dieses Dokument ist ein Beispiel und ersetzt keine Rechtsberatung.",
        ],
    },
    "kassenpruefbericht": {
        "title": "Vorlage Kassenprüfbericht (Demo)",
        "filename": "vorlage-kassenpruefbericht.txt",
        "label": "Vorlage für den Kassenprüfbericht (Text zum Ausfüllen)",
        "heading": "Bericht der Kassenprüfung",
        "lines": [
            "Verein: ______________________________",
            "Geprüfter Zeitraum: vom __________ bis __________",
            "Tag der Prüfung: __________   Ort: ______________________",
            "",
            "Die Kassenprüfer*innen ______________________ und ______________________",
            "haben die Kassen- und Kontoführung des Vereins geprüft.",
            "",
            "Geprüft wurden:",
            "- Kontoauszüge und Kassenbuch",
            "- Belege zu allen Einnahmen und Ausgaben (Stichprobe / vollständig)",
            "- Bestand der Barkasse am Prüftag: __________ Euro",
            "- Spendenbescheinigungen und Zuschussabrechnungen",
            "",
            "Ergebnis:",
            "[ ] Die Kasse wurde ordnungsgemäß geführt. Wir empfehlen die Entlastung.",
            "[ ] Es gab folgende Beanstandungen: ______________________________",
            "",
            "Unterschriften: ______________________   ______________________",
            "",
            "Beispieldokument des Engagement Hub Hagen. Ersetzt keine Steuerberatung.",
        ],
    },
}

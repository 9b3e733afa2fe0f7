"""Ten invented organisations, modelled on the groups named at the implementation
conference of Hagen's engagement strategy (27 August 2022): welfare associations,
the Freiwilligenzentrale, the Forum Nachhaltigkeit, culture, nature, human rights,
children's rights and history groups, newcomers, self-help and youth.

Phone numbers use a local number that starts with 0 after the area code; no
German line starts like that, so they cannot reach anyone.
"""

# Added to every portrait, because the phone field takes digits only.
FICTIONAL_CONTACT_NOTE = (
    "<p><i>Beispielinhalt: Diese Organisation, die Ansprechperson, die Adresse und alle "
    "Kontaktdaten sind für die Demo erfunden.</i></p>"
)
# The club the demo account "verein" edits; it needs the Redaktion's approval.
CULTURE_CLUB = "kulturverein-lennetal"

ORGANISATIONS = [
    {
        "slug": "freiwilligenzentrale-hagen",
        "title": "Freiwilligenzentrale Hagen",
        "initials": "FZ",
        "kind": "institution",
        "summary": (
            "Die zentrale Anlaufstelle für Engagement in Hagen: Wir beraten Menschen, die sich "
            "engagieren möchten, und vermitteln sie an Vereine, Initiativen und Einrichtungen."
        ),
        "description": (
            "<p>Sie möchten sich engagieren, wissen aber noch nicht wo? In der Freiwilligenzentrale "
            "schauen wir gemeinsam mit Ihnen, was zu Ihnen passt – zu Ihren Interessen, Ihrer Zeit "
            "und Ihrem Stadtteil. Ob einmalig, für ein Projekt oder regelmäßig.</p>"
            "<p>Für Vereine und Einrichtungen sind wir Netzwerk und Werkstatt: Wir organisieren die "
            "<b>Ehrenamtsbörse</b>, Schnupperangebote und Qualifizierungen und laden einmal im Jahr "
            "gemeinsam mit der Stadt zum Dankeschön-Empfang für Engagierte ein.</p>"
            "<h2>Sprechzeiten</h2>"
            "<ul><li>Dienstag 10–13 Uhr</li><li>Donnerstag 15–18 Uhr</li>"
            "<li>und nach Vereinbarung, auch telefonisch oder per Video</li></ul>"
        ),
        "districts": ["hagen-mitte"],
        "topics": ["soziales", "bildung", "integration"],
        "contact_name": "Miriam Schulte-Rademacher",
        "contact_email": "freiwilligenzentrale@example.org",
        "contact_phone": "02331 000 10 10",
        "website": "https://freiwilligenzentrale-hagen.example.org",
        "street": "Körnerstraße 41",
        "postcode": "58095",
        "latitude": "51.359210",
        "longitude": "7.468940",
        "accessibility": "full",
        "accessibility_notes": (
            "Ebenerdiger Eingang, barrierefreies WC, Beratung auf Wunsch in Leichter Sprache."
        ),
        "languages": "Deutsch, Englisch, Türkisch",
        "founded": 1998,
        "members_count": None,
        "volunteers_count": 45,
        "club_may_publish": True,
    },
    {
        "slug": "ehrenamtsdienst-haspe",
        "title": "Ehrenamtsdienst Haspe der Wohlfahrtsverbände",
        "initials": "EH",
        "kind": "welfare",
        "summary": (
            "Gemeinsamer Freiwilligendienst der Wohlfahrtsverbände im Stadtbezirk Haspe: "
            "Besuchsdienste, Begleitung und Nachbarschaftshilfe für ältere Menschen."
        ),
        "description": (
            "<p>Im Ehrenamtsdienst Haspe arbeiten die Wohlfahrtsverbände im Stadtbezirk zusammen. "
            "Rund 60 Ehrenamtliche besuchen ältere Menschen, begleiten sie zu Terminen oder "
            "gestalten Nachmittage in den Seniorenzentren.</p>"
            "<p>Neue Ehrenamtliche werden von unserer hauptamtlichen Koordinatorin eingearbeitet "
            "und begleitet. Alle zwei Monate gibt es einen Austausch mit Supervision. "
            "Auslagen wie Fahrtkosten erstatten wir.</p>"
        ),
        "districts": ["haspe"],
        "topics": ["soziales"],
        "contact_name": "Karin Wösthoff",
        "contact_email": "ehrenamt-haspe@example.org",
        "contact_phone": "02331 000 20 20",
        "website": "https://ehrenamt-haspe.example.org",
        "street": "Voerder Straße 88",
        "postcode": "58135",
        "latitude": "51.347120",
        "longitude": "7.413850",
        "accessibility": "full",
        "accessibility_notes": "Aufzug und barrierefreies WC, Parkplätze für Menschen mit Behinderung.",
        "languages": "Deutsch, Polnisch, Russisch",
        "founded": 2004,
        "members_count": None,
        "volunteers_count": 60,
        "club_may_publish": True,
    },
    {
        "slug": "naturschutzgruppe-volmetal",
        "title": "Naturschutzgruppe Volmetal e. V.",
        "initials": "NV",
        "kind": "club",
        "summary": (
            "Wir pflegen Streuobstwiesen und Bachläufe im Volmetal, bauen Nistkästen und zeigen "
            "Kindern, wie viel Natur vor der eigenen Haustür lebt."
        ),
        "description": (
            "<p>Seit 1984 kümmern wir uns um die Natur zwischen Eilpe, Dahl und Priorei. Wir "
            "betreuen eine Streuobstwiese mit alten Sorten, haben Patenschaften für zwei Bachläufe "
            "und zählen jedes Jahr Vögel und Fledermäuse.</p>"
            "<p>Vorkenntnisse braucht niemand: Wer mitmacht, lernt von den Erfahrenen. Werkzeug, "
            "Handschuhe und einen heißen Tee stellen wir.</p>"
        ),
        "districts": ["eilpe-dahl"],
        "topics": ["naturschutz", "nachhaltigkeit"],
        "contact_name": "Jürgen Habermehl",
        "contact_email": "naturschutz-volmetal@example.org",
        "contact_phone": "02331 000 30 30",
        "website": "https://naturschutz-volmetal.example.org",
        "street": "Eilper Straße 117",
        "postcode": "58091",
        "latitude": "51.342870",
        "longitude": "7.488410",
        "accessibility": "partial",
        "accessibility_notes": (
            "Das Vereinsheim ist ebenerdig. Die Einsätze finden im Gelände statt, "
            "teils auf unbefestigten Wegen."
        ),
        "languages": "Deutsch",
        "founded": 1984,
        "members_count": 112,
        "volunteers_count": 25,
        "club_may_publish": True,
    },
    {
        "slug": CULTURE_CLUB,
        "title": "Kulturverein Lennetal e. V.",
        "initials": "KL",
        "kind": "club",
        "summary": (
            "Lesungen, Konzerte und die Kulturnacht in der Altstadt: Der Kulturverein Lennetal "
            "bringt seit über 40 Jahren Kultur nach Hohenlimburg – ehrenamtlich organisiert."
        ),
        "description": (
            "<p>Wir sind ein Verein von Kulturbegeisterten aller Generationen. Rund zwanzig Mal im "
            "Jahr laden wir zu Lesungen, Kammerkonzerten und Kleinkunst in unseren Saal in der "
            "Altstadt ein, einmal im Jahr zur Kulturnacht.</p>"
            "<p>Hinter jeder Veranstaltung stecken Ehrenamtliche: am Einlass, an der Theke, bei "
            "Technik und Plakaten. Wir freuen uns über alle, die mitanpacken – auch nur ab und zu.</p>"
        ),
        "districts": ["hohenlimburg"],
        "topics": ["kultur", "geschichte"],
        "contact_name": "Heinz Overbeck",
        "contact_email": "kulturverein-lennetal@example.org",
        "contact_phone": "02331 000 40 40",
        "website": "https://kulturverein-lennetal.example.org",
        "street": "Freiheitstraße 12",
        "postcode": "58119",
        "latitude": "51.350540",
        "longitude": "7.577960",
        "accessibility": "partial",
        "accessibility_notes": (
            "Saal im Erdgeschoss über eine Stufe (mobile Rampe vorhanden), WC im Untergeschoss "
            "nicht barrierefrei."
        ),
        "languages": "Deutsch, Englisch",
        "founded": 1979,
        "members_count": 140,
        "volunteers_count": 30,
        "club_may_publish": False,
    },
    {
        "slug": "forum-nachhaltigkeit-hagen",
        "title": "Forum Nachhaltigkeit Hagen",
        "initials": "FN",
        "kind": "initiative",
        "summary": (
            "Ein offenes Netzwerk für ein klimafreundliches und gerechtes Hagen: "
            "Repair-Café, Kleidertausch und Ideen für einen Zukunftsrat."
        ),
        "description": (
            "<p>Im Forum Nachhaltigkeit treffen sich Menschen aus Vereinen, Kirchengemeinden, "
            "Schulen und Unternehmen, die Hagen zukunftsfähig machen wollen. Wir organisieren "
            "praktische Aktionen und bringen uns in die Stadtpolitik ein.</p>"
            "<p>Bei der Umsetzungskonferenz der Engagementstrategie haben wir angeboten, die Idee "
            "der <b>Zukunftsräte</b> mitzuentwickeln. Dafür suchen wir Mitdenkende.</p>"
        ),
        "districts": ["hagen-mitte", "hagen-nord"],
        "topics": ["nachhaltigkeit", "naturschutz"],
        "contact_name": "Dr. Lea Marquardt",
        "contact_email": "forum-nachhaltigkeit@example.org",
        "contact_phone": "02331 000 50 50",
        "website": "https://forum-nachhaltigkeit-hagen.example.org",
        "street": "Elberfelder Straße 60",
        "postcode": "58095",
        "latitude": "51.358100",
        "longitude": "7.472600",
        "accessibility": "full",
        "accessibility_notes": "Treffpunkt im Erdgeschoss, stufenlos, barrierefreies WC.",
        "languages": "Deutsch, Englisch, Spanisch",
        "founded": 2012,
        "members_count": None,
        "volunteers_count": 40,
        "club_may_publish": True,
    },
    {
        "slug": "bruecken-bauen",
        "title": "Brücken bauen – Verein für Neuzugewanderte e. V.",
        "initials": "BB",
        "kind": "self_organisation",
        "summary": (
            "Von Neuzugewanderten für Neuzugewanderte: Sprachcafé, Begleitung zu Ämtern und "
            "Nachbarschaftsfeste in Altenhagen und Boele."
        ),
        "description": (
            "<p>Wir haben selbst erlebt, wie schwer der Anfang in einer neuen Stadt ist. Deshalb "
            "haben Menschen aus Syrien, der Türkei, Afghanistan, der Ukraine und Deutschland 2016 "
            "diesen Verein gegründet.</p>"
            "<p>Bei uns engagieren sich Neuzugewanderte und Alteingesessene gemeinsam. Wer "
            "mehrere Sprachen spricht, ist bei uns besonders willkommen – aber auch wer nur "
            "Deutsch spricht, kann viel bewirken.</p>"
        ),
        "districts": ["hagen-nord"],
        "topics": ["integration", "menschenrechte"],
        "contact_name": "Amal Haddad",
        "contact_email": "bruecken-bauen@example.org",
        "contact_phone": "02331 000 60 60",
        "website": "https://bruecken-bauen-hagen.example.org",
        "street": "Altenhagener Straße 25",
        "postcode": "58097",
        "latitude": "51.372430",
        "longitude": "7.474120",
        "accessibility": "partial",
        "accessibility_notes": "Eingang mit zwei Stufen, Klingel für Unterstützung am Eingang.",
        "languages": "Deutsch, Arabisch, Türkisch, Ukrainisch, Dari, Kurmandschi",
        "founded": 2016,
        "members_count": 85,
        "volunteers_count": 35,
        "club_may_publish": True,
    },
    {
        "slug": "jugendinitiative-funkenflug",
        "title": "Jugendinitiative Funkenflug Haspe",
        "initials": "JF",
        "kind": "initiative",
        "summary": (
            "Jugendliche gestalten ihren Stadtteil: Jugendtreff, Mitternachtssport und die "
            "Mit-Mach-AG, mit der wir schon Grundschulkinder für Engagement begeistern."
        ),
        "description": (
            "<p>Funkenflug ist eine Initiative von Jugendlichen und jungen Erwachsenen zwischen "
            "14 und 27 Jahren. Wir betreiben den Jugendtreff an zwei Nachmittagen in der Woche, "
            "organisieren Mitternachtssport und gehen mit der Mit-Mach-AG in Grundschulen.</p>"
            "<p>Wer bei uns Teamer*in wird, kann die Jugendleiter*in-Card (Juleica) machen – "
            "die Schulung bezahlen wir.</p>"
        ),
        "districts": ["haspe"],
        "topics": ["bildung", "sport", "kinderrechte"],
        "contact_name": "Jonas Petrović",
        "contact_email": "funkenflug@example.org",
        "contact_phone": "02331 000 70 70",
        "website": "https://funkenflug-haspe.example.org",
        "street": "Kölner Straße 3",
        "postcode": "58135",
        "latitude": "51.345260",
        "longitude": "7.408770",
        "accessibility": "full",
        "accessibility_notes": "Jugendtreff im Erdgeschoss, stufenlos, barrierefreies WC.",
        "languages": "Deutsch, Englisch, Türkisch, Arabisch",
        "founded": 2019,
        "members_count": None,
        "volunteers_count": 18,
        "club_may_publish": True,
    },
    {
        "slug": "geschichtswerkstatt-eilpe",
        "title": "Geschichtswerkstatt Eilpe e. V.",
        "initials": "GE",
        "kind": "club",
        "summary": (
            "Wir erforschen die Geschichte von Eilpe und Dahl: mit Interviews, alten Fotos und "
            "Rundgängen, auf denen der Stadtteil seine Geschichten erzählt."
        ),
        "description": (
            "<p>Die Geschichtswerkstatt sammelt, was sonst verloren ginge: Erinnerungen an die "
            "Kleineisenindustrie im Volmetal, Fotos von Familienfesten und Vereinsjubiläen, "
            "Geschichten von Menschen, die nach Eilpe gekommen sind.</p>"
            "<p>Unser Archiv ist dienstags geöffnet. Wer mag, hilft beim Digitalisieren, "
            "beim Beschriften oder beim Führen von Interviews.</p>"
        ),
        "districts": ["eilpe-dahl"],
        "topics": ["geschichte", "kultur"],
        "contact_name": "Ursula Brinkmann",
        "contact_email": "geschichtswerkstatt-eilpe@example.org",
        "contact_phone": "02331 000 80 80",
        "website": "https://geschichtswerkstatt-eilpe.example.org",
        "street": "Selbecker Straße 9",
        "postcode": "58091",
        "latitude": "51.340150",
        "longitude": "7.493300",
        "accessibility": "none",
        "accessibility_notes": (
            "Das Archiv liegt im ersten Stock ohne Aufzug. Interviews führen wir gern bei "
            "Ihnen zu Hause oder im Bürgerhaus."
        ),
        "languages": "Deutsch, Plattdeutsch",
        "founded": 1991,
        "members_count": 64,
        "volunteers_count": 12,
        "club_may_publish": False,
    },
    {
        "slug": "initiative-kinderrechte-hagen",
        "title": "Initiative Kinderrechte Hagen",
        "initials": "IK",
        "kind": "initiative",
        "summary": (
            "Kinder haben Rechte – auf Spiel, Bildung und Mitbestimmung. Wir machen sie in Hagen "
            "bekannt und sorgen dafür, dass Kinder gehört werden."
        ),
        "description": (
            "<p>Die Initiative ist ein Zusammenschluss von Eltern, Fachkräften und Ehrenamtlichen. "
            "Wir besuchen Kitas und Schulen, organisieren einen Aktionstag zu den Kinderrechten "
            "und prüfen gemeinsam mit Kindern, wie kinderfreundlich ihre Stadtteile sind.</p>"
            "<p>Wer mit Kindern arbeitet, legt bei uns ein erweitertes Führungszeugnis vor; die "
            "Kosten übernehmen wir.</p>"
        ),
        "districts": ["hagen-mitte", "hagen-nord"],
        "topics": ["kinderrechte", "bildung", "menschenrechte"],
        "contact_name": "Sevgi Yıldız",
        "contact_email": "kinderrechte-hagen@example.org",
        "contact_phone": "02331 000 90 90",
        "website": "https://kinderrechte-hagen.example.org",
        "street": "Bergstraße 72",
        "postcode": "58095",
        "latitude": "51.362680",
        "longitude": "7.466050",
        "accessibility": "partial",
        "accessibility_notes": "Büro im Hochparterre mit Treppenlift; Aktionen finden draußen statt.",
        "languages": "Deutsch, Türkisch, Englisch",
        "founded": 2010,
        "members_count": None,
        "volunteers_count": 22,
        "club_may_publish": True,
    },
    {
        "slug": "selbsthilfegruppe-pflegende-angehoerige",
        "title": "Selbsthilfegruppe Pflegende Angehörige Hagen",
        "initials": "PA",
        "kind": "initiative",
        "summary": (
            "Wer Angehörige pflegt, braucht selbst Kraft. Wir treffen uns zweimal im Monat in "
            "Boele, tauschen Erfahrungen aus und stärken einander."
        ),
        "description": (
            "<p>In unserer Gruppe sind Menschen, die ihre Eltern, Partnerinnen, Partner oder "
            "Kinder pflegen. Wir sprechen über das, was uns bewegt, geben einander Tipps zu "
            "Anträgen und Entlastung – und lachen auch gemeinsam.</p>"
            "<p>Die Gruppe ist offen, kostenlos und vertraulich. Begleitet werden wir von der "
            "Selbsthilfe-Kontaktstelle.</p>"
        ),
        "districts": ["hagen-nord"],
        "topics": ["selbsthilfe", "soziales"],
        "contact_name": "Renate Kowalski",
        "contact_email": "pflegende-angehoerige@example.org",
        "contact_phone": "02331 000 11 11",
        "website": "",
        "street": "Schwerter Straße 170",
        "postcode": "58099",
        "latitude": "51.390540",
        "longitude": "7.472880",
        "accessibility": "full",
        "accessibility_notes": "Gruppenraum ebenerdig, barrierefreies WC, Parkplätze am Haus.",
        "languages": "Deutsch",
        "founded": 2008,
        "members_count": None,
        "volunteers_count": 6,
        "club_may_publish": True,
    },
]

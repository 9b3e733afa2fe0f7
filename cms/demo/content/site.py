"""The home page, the main sections, the about and legal pages and the footer contact."""

HOME = {
    "slug": "engagement-in-hagen",
    "title": "Engagement in Hagen",
    "summary": (
        "Mitmachen in Hagen: Angebote, Vereine und Qualifizierungen für alle, die sich "
        "engagieren möchten – einmalig, im Projekt oder regelmäßig."
    ),
    "intro": (
        "Hagen lebt von Menschen, die mit anpacken: in Vereinen, Initiativen, Verbänden und in "
        "der Nachbarschaft. Hier finden Sie Mitmach-Angebote in allen fünf Stadtbezirken, "
        "lernen Organisationen kennen und entdecken Qualifizierungen und Hilfen für die "
        "Vereinsarbeit. Ob für drei Stunden oder drei Jahre – HAGEN braucht DICH."
    ),
}

# The home page in the two demo translations (English; Arabic, written right to left).
HOME_TRANSLATIONS = {
    "en": {
        "title": "Volunteering in Hagen",
        "summary": (
            "Get involved in Hagen: opportunities, organisations and training for everyone who "
            "wants to volunteer – once, for a project or regularly."
        ),
        "intro": (
            "Hagen thrives on people who lend a hand: in clubs, initiatives, welfare "
            "associations and their neighbourhood. Find ways to get involved in all five "
            "districts, meet local organisations and discover training for volunteers and club "
            "boards. Three hours or three years – HAGEN needs YOU."
        ),
    },
    "ar": {
        "title": "العمل التطوعي في هاغن",
        "summary": (
            "شارك في مدينة هاغن: فرص تطوعية وجمعيات ودورات تدريبية لكل من يرغب في التطوع، "
            "مرة واحدة أو في مشروع أو بشكل منتظم."
        ),
        "intro": (
            "تعيش مدينة هاغن بفضل أشخاص يمدّون يد العون: في الجمعيات والمبادرات ومنظمات الرعاية "
            "الاجتماعية وفي الحي. ستجد هنا فرصاً للتطوع في جميع أحياء المدينة الخمسة، وتتعرّف على "
            "المنظمات المحلية، وتكتشف دورات تدريبية للمتطوعين ولمجالس إدارة الجمعيات. "
            "ثلاث ساعات أو ثلاث سنوات – هاغن بحاجة إليك."
        ),
    },
}

# Sections below the home page, in menu order. "model" names the page class
# (see cms.demo.site); "intro" is rich text.
SECTIONS = [
    {
        "model": "finder",
        "slug": "finden",
        "title": "Engagement finden",
        "summary": (
            "Suchen Sie nach Stadtbezirk, Thema und Zeitaufwand: Mitmach-Angebote, Vereine, "
            "Qualifizierungen und Hilfen für Vorstände auf einen Blick."
        ),
        "intro": (
            "<p>Wählen Sie aus, was Sie interessiert. Sie können mehrere Filter kombinieren "
            "oder einfach ein Stichwort eingeben, zum Beispiel „Natur“ oder „Sprachcafé“.</p>"
        ),
    },
    {
        "model": "offers",
        "slug": "mitmachen",
        "title": "Mitmach-Angebote",
        "summary": (
            "Einmalig helfen, ein Projekt begleiten oder regelmäßig dabei sein: aktuelle "
            "Angebote von Hagener Vereinen und Initiativen."
        ),
        "intro": (
            "<p>Hier finden Sie Aufgaben, für die Hagener Organisationen Unterstützung suchen. "
            "Kurzfristige Einsätze stehen oben. Sie möchten erst einmal schnuppern? Dann "
            "schauen Sie nach Angeboten mit der Kennzeichnung „Einmalig“.</p>"
        ),
    },
    {
        "model": "organisations",
        "slug": "organisationen",
        "title": "Vereine und Organisationen",
        "summary": (
            "Wer engagiert sich in Hagen? Vereine, Initiativen, Wohlfahrtsverbände und "
            "Selbstorganisationen stellen sich vor."
        ),
        "intro": (
            "<p>Von der Naturschutzgruppe bis zum Wohlfahrtsverband: Lernen Sie die "
            "Organisationen kennen, die Hagen jeden Tag ein Stück besser machen. Ihre "
            "Organisation fehlt? Die Freiwilligenzentrale hilft beim Eintragen.</p>"
        ),
    },
    {
        "model": "courses",
        "slug": "qualifizierung",
        "title": "Qualifizierungen",
        "summary": (
            "Seminare und Workshops für Engagierte und Vereinsvorstände – vom Einsteigerseminar "
            "bis zur Fortbildung in Ehrenamtskoordination."
        ),
        "intro": (
            "<p>Gut vorbereitet engagiert es sich leichter. Die meisten Angebote sind für "
            "Ehrenamtliche kostenlos oder ermäßigt, einige finden online statt.</p>"
        ),
    },
    {
        "model": "resources",
        "slug": "vorstandsarbeit",
        "title": "Vorstandsarbeit",
        "summary": (
            "Hilfen für alle, die einen Verein führen: Satzung, Finanzen, Versicherung, "
            "Datenschutz, Fördermittel und Mitgliederversammlung."
        ),
        "intro": (
            "<p>Ehrenamtliche Vorstände tragen viel Verantwortung. Hier finden Sie kurze "
            "Einführungen, Checklisten und Vorlagen. Für persönliche Fragen ist die "
            "Freiwilligenzentrale da.</p>"
        ),
    },
    {
        "model": "campaign",
        "slug": "hagen-braucht-dich",
        "title": "HAGEN braucht DICH",
        "summary": (
            "Geschichten von Menschen, die sich in Hagen engagieren – und die Einladung, "
            "selbst mitzumachen. Teilen Sie Ihre mit #HAGENbrauchtDICH."
        ),
        "intro": (
            "<p>Engagement hat viele Gesichter. In unserer Kampagne erzählen Hagenerinnen und "
            "Hagener, warum sie mitmachen – und wo genau Sie gebraucht werden.</p>"
        ),
    },
]

ABOUT = {
    "slug": "ueber-das-projekt",
    "title": "Über das Projekt",
    "summary": (
        "Der Engagement Hub Hagen ist Teil der Engagementstrategie der Stadt Hagen: eine "
        "Übersicht über alle Engagementangebote, barrierefrei und mehrsprachig."
    ),
    "show_in_menus": True,
    "body": [
        (
            "text",
            "<p>Bei der Umsetzungskonferenz der Engagementstrategie am 27. August 2022 im "
            "Rathaus Hagen haben Wohlfahrtsverbände, Vereine, Initiativen, Verwaltung und "
            "engagierte Bürger*innen Handlungsempfehlungen priorisiert. Eine davon: eine "
            "<b>Übersicht über alle Engagementangebote</b>, digital, gut zugänglich und "
            "übersichtlich – auch für projektbezogenes und kurzfristiges Engagement.</p>"
            "<h2>Was der Hub kann</h2>"
            "<ul><li>Vereine und Initiativen stellen sich und ihre Mitmach-Angebote vor.</li>"
            "<li>Der Engagement-Finder filtert nach Stadtbezirk, Thema und Zeitaufwand.</li>"
            "<li>Qualifizierungen und Hilfen für Vorstände sind an einem Ort gesammelt.</li>"
            "<li>Was einmal veröffentlicht ist, erscheint auch im Newsletter, in Feeds und "
            "unter dem Hashtag #HAGENbrauchtDICH.</li></ul>",
        ),
        (
            "quote",
            "Wir müssen nicht alles neu entwickeln, daher ist Austausch untereinander sehr "
            "wichtig.",
            "Stimme aus der Umsetzungskonferenz 2022",
        ),
        (
            "text",
            "<h2>Barrierefrei und mehrsprachig</h2>"
            "<p>Die Konferenz hat sich eine Plattform gewünscht, die barrierefrei und "
            "mehrsprachig ist. Deshalb ist jedes Bild beschrieben, die Seiten lassen sich mit "
            "Tastatur und Screenreader bedienen, und Inhalte können übersetzt werden.</p>"
            "<p><i>Diese Website ist eine Demo. Alle Organisationen, Angebote und Personen "
            "sind Beispiele.</i></p>",
        ),
    ],
}

LEGAL_PAGES = [
    {
        "setting": "imprint_page",
        "slug": "impressum",
        "title": "Impressum",
        "summary": "Angaben zum Anbieter dieser Website (Beispieltext für die Demo).",
        "body": [
            (
                "text",
                "<p><b>Hinweis: Dies ist ein Beispiel-Impressum für die Demo-Installation. Die "
                "Angaben sind nicht echt.</b></p>"
                "<h2>Anbieter</h2>"
                "<p>Freiwilligenzentrale Hagen (Beispiel)<br>Körnerstraße 41<br>58095 Hagen</p>"
                "<h2>Kontakt</h2>"
                "<p>Telefon: 02331 000 10 10 (Demo-Nummer)<br>"
                "E-Mail: freiwilligenzentrale@example.org</p>"
                "<h2>Verantwortlich für den Inhalt</h2>"
                "<p>Miriam Schulte-Rademacher (erfundene Person), Anschrift wie oben.</p>"
                "<h2>Inhalte der Vereine</h2>"
                "<p>Für die Vereinsporträts und Mitmach-Angebote sind die jeweiligen "
                "Organisationen verantwortlich. Die Redaktion prüft Inhalte vor der "
                "Veröffentlichung, soweit Vereine nicht selbst veröffentlichen.</p>",
            ),
        ],
    },
    {
        "setting": "privacy_page",
        "slug": "datenschutz",
        "title": "Datenschutz",
        "summary": "Wie diese Website mit Ihren Daten umgeht (Beispieltext für die Demo).",
        "body": [
            (
                "text",
                "<p><b>Hinweis: Dies ist eine Beispiel-Datenschutzerklärung für die "
                "Demo-Installation. Sie muss vor einem echten Betrieb rechtlich geprüft und "
                "angepasst werden.</b></p>"
                "<h2>Verantwortliche Stelle</h2>"
                "<p>Freiwilligenzentrale Hagen (Beispiel), Körnerstraße 41, 58095 Hagen, "
                "freiwilligenzentrale@example.org</p>"
                "<h2>Besuch der Website</h2>"
                "<p>Beim Aufruf speichert der Server technisch notwendige Daten (IP-Adresse, "
                "Zeitpunkt, aufgerufene Seite) für höchstens sieben Tage, um den Betrieb zu "
                "sichern. Wir setzen keine Tracking- oder Werbe-Cookies ein und binden keine "
                "Schriften oder Karten von fremden Servern ein.</p>"
                "<h2>Newsletter</h2>"
                "<p>Für den Newsletter speichern wir Ihre E-Mail-Adresse nach Bestätigung "
                "(Double-Opt-in). Sie können ihn jederzeit über den Link in jeder Ausgabe "
                "abbestellen.</p>"
                "<h2>Mastodon und Hashtag</h2>"
                "<p>Beiträge mit #HAGENbrauchtDICH, die Sie öffentlich auf Mastodon "
                "veröffentlichen, können nach Prüfung durch unsere Digitalen Helfer*innen auf "
                "dieser Website erscheinen. Auf Wunsch entfernen wir sie sofort.</p>"
                "<h2>Ihre Rechte</h2>"
                "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der "
                "Verarbeitung und Widerspruch sowie das Recht auf Beschwerde bei der "
                "Landesbeauftragten für Datenschutz und Informationsfreiheit NRW.</p>",
            ),
        ],
    },
    {
        "setting": "accessibility_page",
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "summary": "Wie barrierefrei diese Website ist und wo Sie Barrieren melden können.",
        "body": [
            (
                "text",
                "<p><b>Hinweis: Dies ist eine Beispiel-Erklärung für die Demo-Installation. Vor "
                "einem echten Betrieb muss sie auf Grundlage einer Prüfung erstellt werden.</b></p>"
                "<h2>Stand der Vereinbarkeit</h2>"
                "<p>Diese Website soll die Anforderungen der Barrierefreie-"
                "Informationstechnik-Verordnung NRW und der WCAG 2.1 auf Stufe AA erfüllen. "
                "Sie ist nach unserer Selbsteinschätzung <b>teilweise vereinbar</b>.</p>"
                "<h2>Nicht barrierefreie Inhalte</h2>"
                "<ul><li>Einige ältere PDF-Dokumente von Vereinen sind nicht barrierefrei.</li>"
                "<li>Eingebettete Videos haben nicht immer Untertitel.</li></ul>"
                "<h2>Barriere melden</h2>"
                "<p>Ist Ihnen eine Barriere aufgefallen? Schreiben Sie an "
                "freiwilligenzentrale@example.org oder rufen Sie 02331 000 10 10 "
                "(Demo-Nummer) an. Wir antworten innerhalb von zwei Wochen.</p>"
                "<h2>Durchsetzungsverfahren</h2>"
                "<p>Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die "
                "Ombudsstelle für barrierefreie Informationstechnik des Landes "
                "Nordrhein-Westfalen wenden.</p>",
            ),
        ],
    },
]

SITE_SETTINGS = {
    "contact_name": "Freiwilligenzentrale Hagen",
    "contact_email": "freiwilligenzentrale@example.org",
    "contact_phone": "02331 000 10 10 (Demo)",
    "contact_address": "Körnerstraße 41\n58095 Hagen\n(Beispieladresse)",
}

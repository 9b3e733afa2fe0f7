"""The engagement offers of the demo organisations: one-off, project and regular.

Short-term dates are ``Upcoming`` weekdays, counted from the day the demo is loaded.
"""

from cms.demo.dates import FRIDAY, MONDAY, SATURDAY, SUNDAY, THURSDAY, TUESDAY, WEDNESDAY, Upcoming

# Keyed by the organisation's slug (see content.organisations).
OFFERS = {
    "freiwilligenzentrale-hagen": [
        {
            "slug": "ehrenamtsboerse-infostand",
            "title": "Ehrenamtsbörse: Helfen Sie am Infostand mit",
            "summary": (
                "Bei der Ehrenamtsbörse im Rathaus stellen sich über 40 Vereine vor. Wir suchen "
                "Menschen, die Besucher*innen begrüßen und den Weg zu den Ständen zeigen."
            ),
            "description": (
                "<p>Einmal im Jahr verwandelt sich das Foyer des Rathauses in einen Markt der "
                "Möglichkeiten: Vereine, Initiativen und Wohlfahrtsverbände zeigen, wo man in "
                "Hagen mitmachen kann.</p>"
                "<p>Sie begrüßen Gäste am Eingang, verteilen Lagepläne und helfen, den passenden "
                "Stand zu finden. Sie brauchen keine Vorkenntnisse – nur Freude am Gespräch.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 4 Stunden, Schichten ab 2 Stunden möglich",
            "date_from": Upcoming(3, SATURDAY),
            "date_to": Upcoming(3, SATURDAY),
            "district": "hagen-mitte",
            "topics": ["soziales"],
            "target_groups": ["junge-menschen", "seniorinnen-senioren"],
            "how_to_join": (
                "<p>Schreiben Sie uns eine kurze E-Mail mit Ihrer Wunschschicht (vormittags oder "
                "nachmittags). Eine Woche vorher gibt es ein kurzes Vortreffen.</p>"
            ),
        },
        {
            "slug": "schnuppernachmittag-engagement",
            "title": "Schnuppernachmittag: Engagement ausprobieren",
            "summary": (
                "Drei Stunden, drei Einsatzorte: Schauen Sie bei einem Verein, einer Tafel und "
                "einem Seniorenzentrum vorbei, bevor Sie sich entscheiden."
            ),
            "description": (
                "<p>Sie möchten sich engagieren, wissen aber noch nicht, was zu Ihnen passt? Beim "
                "Schnuppernachmittag besuchen Sie in einer kleinen Gruppe drei Einsatzorte in der "
                "Innenstadt und sprechen mit Engagierten.</p>"
                "<p>Zum Abschluss gibt es Kaffee in der Freiwilligenzentrale und auf Wunsch ein "
                "kurzes Beratungsgespräch.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 3 Stunden",
            "date_from": Upcoming(1, WEDNESDAY),
            "date_to": Upcoming(1, WEDNESDAY),
            "district": "hagen-mitte",
            "topics": ["soziales", "bildung"],
            "target_groups": ["junge-menschen", "neuzugewanderte", "seniorinnen-senioren"],
            "how_to_join": (
                "<p>Melden Sie sich per E-Mail oder Telefon an; die Gruppe hat zwölf Plätze. "
                "Treffpunkt ist die Freiwilligenzentrale.</p>"
            ),
        },
        {
            "slug": "engagement-lotsinnen",
            "title": "Engagement-Lots*in im eigenen Stadtteil",
            "summary": (
                "Sie kennen Ihren Stadtteil? Dann helfen Sie Nachbar*innen, das passende "
                "Engagement zu finden – mit einer Sprechstunde im Stadtteilzentrum."
            ),
            "description": (
                "<p>Engagement-Lots*innen sind Ansprechpersonen vor Ort. Sie bieten einmal in der "
                "Woche eine offene Sprechstunde an, kennen die Vereine im Viertel und stellen "
                "Kontakte her.</p>"
                "<p>Wir bereiten Sie in einem Einsteigerseminar vor und treffen uns monatlich zum "
                "Austausch. Gesucht werden Lots*innen für alle fünf Stadtbezirke.</p>"
            ),
            "commitment": "regular",
            "time_needed": "2–3 Stunden pro Woche",
            "date_from": None,
            "date_to": None,
            "district": None,
            "topics": ["soziales", "integration"],
            "target_groups": ["seniorinnen-senioren", "neuzugewanderte"],
            "how_to_join": (
                "<p>Vereinbaren Sie ein Kennenlerngespräch in der Freiwilligenzentrale. Danach "
                "besuchen Sie das nächste Einsteigerseminar.</p>"
            ),
        },
    ],
    "ehrenamtsdienst-haspe": [
        {
            "slug": "besuchsdienst-seniorenzentrum",
            "title": "Besuchsdienst: Zeit schenken im Seniorenzentrum",
            "summary": (
                "Vorlesen, spazieren gehen, zuhören: Besuchen Sie einmal pro Woche eine ältere "
                "Person im Seniorenzentrum Haspe."
            ),
            "description": (
                "<p>Viele Bewohner*innen bekommen selten Besuch. Eine Stunde Gespräch, ein "
                "Spaziergang im Park oder eine Runde Mensch ärgere dich nicht machen für sie einen "
                "großen Unterschied.</p>"
                "<p>Sie werden von unserer Koordinatorin eingearbeitet, sind unfall- und "
                "haftpflichtversichert und treffen sich alle zwei Monate mit den anderen "
                "Besuchsdienstlern.</p>"
            ),
            "commitment": "regular",
            "time_needed": "1–2 Stunden pro Woche",
            "date_from": None,
            "date_to": None,
            "district": "haspe",
            "topics": ["soziales"],
            "target_groups": ["seniorinnen-senioren", "junge-menschen"],
            "how_to_join": (
                "<p>Rufen Sie uns an oder schreiben Sie eine E-Mail. Nach einem Kennenlerngespräch "
                "begleiten Sie zwei Besuche mit einer erfahrenen Ehrenamtlichen.</p>"
            ),
        },
        {
            "slug": "aktionstag-quartierszentrum",
            "title": "Aktionstag im Quartierszentrum: Helfende Hände gesucht",
            "summary": (
                "Kuchenbuffet, Spielecke und Flohmarkt: Für unseren Aktionstag in Haspe suchen wir "
                "Menschen, die zwei, drei Stunden mit anpacken."
            ),
            "description": (
                "<p>Beim Aktionstag öffnet das Quartierszentrum seine Türen für die ganze "
                "Nachbarschaft. Wir brauchen Hilfe beim Aufbau, am Kuchenbuffet, in der "
                "Kinderspielecke und beim Abbau.</p>"
                "<p>Ein guter Einstieg, um den Ehrenamtsdienst kennenzulernen – ganz ohne "
                "Verpflichtung.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 2–3 Stunden",
            "date_from": Upcoming(4, SATURDAY),
            "date_to": Upcoming(4, SATURDAY),
            "district": "haspe",
            "topics": ["soziales"],
            "target_groups": ["familien", "junge-menschen", "seniorinnen-senioren"],
            "how_to_join": (
                "<p>Tragen Sie sich per E-Mail für eine Schicht ein. Kuchenspenden sind ebenfalls "
                "willkommen!</p>"
            ),
        },
    ],
    "naturschutzgruppe-volmetal": [
        {
            "slug": "aufraeumaktion-volme",
            "title": "Aufräumaktion an der Volme",
            "summary": (
                "Gemeinsam sammeln wir Müll am Ufer der Volme zwischen Eilpe und Dahl. "
                "Handschuhe, Greifzangen und Säcke stellen wir."
            ),
            "description": (
                "<p>Plastiktüten, Dosen, Zigarettenkippen: Was am Ufer liegen bleibt, landet "
                "früher oder später im Fluss. Bei unserer Aufräumaktion befreien wir in drei "
                "Stunden einen Uferabschnitt vom Müll.</p>"
                "<p>Die Aktion eignet sich gut für Familien, Schulklassen und Teams aus "
                "Unternehmen. Zum Abschluss gibt es Suppe am Vereinsheim.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 3 Stunden",
            "date_from": Upcoming(2, SATURDAY),
            "date_to": Upcoming(2, SATURDAY),
            "district": "eilpe-dahl",
            "topics": ["naturschutz", "nachhaltigkeit"],
            "target_groups": ["familien", "junge-menschen"],
            "how_to_join": (
                "<p>Einfach kommen – Treffpunkt 10 Uhr am Vereinsheim. Für Gruppen ab fünf "
                "Personen bitten wir um eine kurze Anmeldung per E-Mail.</p>"
            ),
        },
        {
            "slug": "streuobstwiese-pflegeeinsaetze",
            "title": "Pflegeeinsätze auf unserer Streuobstwiese",
            "summary": (
                "Bäume schneiden, Wiese mähen, Nistkästen kontrollieren: Einmal im Monat pflegen "
                "wir gemeinsam unsere Streuobstwiese mit alten Apfelsorten."
            ),
            "description": (
                "<p>Unsere Streuobstwiese ist Heimat für Steinkauz, Igel und unzählige Insekten. "
                "Damit das so bleibt, braucht sie Pflege – zu jeder Jahreszeit eine andere.</p>"
                "<p>Erfahrene Mitglieder zeigen Ihnen, was zu tun ist. Gute Schuhe und "
                "wetterfeste Kleidung genügen.</p>"
            ),
            "commitment": "regular",
            "time_needed": "einmal im Monat samstags, etwa 3 Stunden",
            "date_from": None,
            "date_to": None,
            "district": "eilpe-dahl",
            "topics": ["naturschutz"],
            "target_groups": ["seniorinnen-senioren", "familien"],
            "how_to_join": (
                "<p>Schreiben Sie uns, dann laden wir Sie zum nächsten Einsatz ein. "
                "Mitglied müssen Sie dafür nicht werden.</p>"
            ),
        },
        {
            "slug": "nistkasten-werkstatt",
            "title": "Nistkasten-Werkstatt mit Kindern begleiten",
            "summary": (
                "An vier Nachmittagen bauen Grundschulkinder Nistkästen und hängen sie auf. "
                "Wir suchen Erwachsene, die beim Sägen, Schrauben und Erklären helfen."
            ),
            "description": (
                "<p>Gemeinsam mit dem offenen Ganztag einer Grundschule in Dahl bauen wir "
                "Nistkästen für Meisen und Sperlinge. Die Kinder lernen dabei, welche Vögel in "
                "ihrer Umgebung leben.</p>"
                "<p>Handwerkliches Geschick ist hilfreich, aber keine Bedingung.</p>"
            ),
            "commitment": "project",
            "time_needed": "4 Nachmittage à 2 Stunden",
            "date_from": Upcoming(2, WEDNESDAY),
            "date_to": Upcoming(5, WEDNESDAY),
            "district": "eilpe-dahl",
            "topics": ["naturschutz", "bildung"],
            "target_groups": ["seniorinnen-senioren", "junge-menschen"],
            "how_to_join": (
                "<p>Melden Sie sich bis eine Woche vor dem ersten Termin. Für die Arbeit mit "
                "Kindern brauchen wir ein erweitertes Führungszeugnis – wir helfen beim Antrag.</p>"
            ),
        },
    ],
    "kulturverein-lennetal": [
        {
            "slug": "einlass-und-theke",
            "title": "Einlass und Theke bei Lesungen und Konzerten",
            "summary": (
                "Karten abreißen, Gäste begrüßen, in der Pause Getränke ausschenken: Werden Sie "
                "Teil unseres Abendteams – so oft, wie es Ihnen passt."
            ),
            "description": (
                "<p>Bei jeder Veranstaltung sind drei bis vier Ehrenamtliche im Einsatz. Sie "
                "sorgen dafür, dass sich die Gäste willkommen fühlen, und erleben die Abende "
                "natürlich kostenlos mit.</p>"
                "<p>Über einen gemeinsamen Kalender tragen Sie sich für die Abende ein, die Ihnen "
                "passen.</p>"
            ),
            "commitment": "regular",
            "time_needed": "1–2 Abende im Monat, je etwa 4 Stunden",
            "date_from": None,
            "date_to": None,
            "district": "hohenlimburg",
            "topics": ["kultur"],
            "target_groups": ["seniorinnen-senioren", "junge-menschen"],
            "how_to_join": (
                "<p>Kommen Sie zu einer Veranstaltung und sprechen Sie uns an, oder schreiben Sie "
                "eine E-Mail. Beim ersten Mal sind Sie mit einer erfahrenen Person im Team.</p>"
            ),
        },
        {
            "slug": "plakate-und-social-media",
            "title": "Unsere Veranstaltungen bekannt machen: Plakate und Social Media",
            "summary": (
                "Sie fotografieren gern, schreiben gern oder kennen sich mit Instagram und "
                "Mastodon aus? Helfen Sie uns ein halbes Jahr lang, mehr Menschen zu erreichen."
            ),
            "description": (
                "<p>Unser Programm ist gut, aber zu wenige wissen davon. In diesem Projekt bauen "
                "wir gemeinsam eine einfache Öffentlichkeitsarbeit auf: Plakate für die Altstadt, "
                "Beiträge mit dem Hashtag #HAGENbrauchtDICH und ein kleiner Newsletter.</p>"
                "<p>Vieles geht von zu Hause aus. Die Workshops Öffentlichkeitsarbeit der "
                "Freiwilligenzentrale können Sie kostenlos besuchen.</p>"
            ),
            "commitment": "project",
            "time_needed": "etwa 2 Stunden pro Woche, vieles von zu Hause",
            "date_from": Upcoming(2, MONDAY),
            "date_to": Upcoming(26, MONDAY),
            "district": "hohenlimburg",
            "topics": ["kultur"],
            "target_groups": ["junge-menschen"],
            "how_to_join": (
                "<p>Schreiben Sie uns, was Sie gern machen würden. Wir laden Sie zum nächsten "
                "Vorstandstreffen ein.</p>"
            ),
        },
        {
            "slug": "kulturnacht-auf-und-abbau",
            "title": "Kulturnacht in der Altstadt: Auf- und Abbau",
            "summary": (
                "Bühnen, Lichterketten, Bänke: Für die Kulturnacht suchen wir kräftige Hände "
                "für den Aufbau am Freitag und den Abbau am Samstag."
            ),
            "description": (
                "<p>Zur Kulturnacht spielen Bands, Chöre und Theatergruppen an sechs Orten in der "
                "Altstadt. Damit alles steht, brauchen wir am Vortag und am Morgen danach viele "
                "helfende Hände.</p>"
                "<p>Für Verpflegung ist gesorgt, und das Helfer*innen-Shirt dürfen Sie behalten.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 3–4 Stunden",
            "date_from": Upcoming(5, FRIDAY),
            "date_to": Upcoming(5, SATURDAY),
            "district": "hohenlimburg",
            "topics": ["kultur"],
            "target_groups": ["junge-menschen"],
            "how_to_join": (
                "<p>Tragen Sie sich per E-Mail für den Aufbau oder den Abbau ein. Treffpunkt ist "
                "der Vereinssaal.</p>"
            ),
        },
    ],
    "forum-nachhaltigkeit-hagen": [
        {
            "slug": "repair-cafe",
            "title": "Repair-Café: Reparieren statt wegwerfen",
            "summary": (
                "Toaster, Fahrräder, Lieblingshosen: Im Repair-Café reparieren wir gemeinsam mit "
                "den Besitzer*innen. Wir suchen Tüftler*innen und Menschen für den Empfang."
            ),
            "description": (
                "<p>Jeden zweiten Samstag im Monat verwandelt sich unser Treffpunkt in eine "
                "Werkstatt. Reparaturkundige aller Altersgruppen geben ihr Wissen weiter.</p>"
                "<p>Sie müssen kein Profi sein: Auch am Empfang, an der Kaffeetheke und bei der "
                "Dokumentation der Reparaturen brauchen wir Unterstützung.</p>"
            ),
            "commitment": "regular",
            "time_needed": "einmal im Monat samstags, 3 Stunden",
            "date_from": None,
            "date_to": None,
            "district": "hagen-mitte",
            "topics": ["nachhaltigkeit"],
            "target_groups": ["seniorinnen-senioren", "junge-menschen"],
            "how_to_join": (
                "<p>Schauen Sie beim nächsten Repair-Café vorbei oder schreiben Sie uns, was Sie "
                "reparieren können.</p>"
            ),
        },
        {
            "slug": "kleidertauschparty",
            "title": "Kleidertauschparty mitorganisieren",
            "summary": (
                "Bring drei Teile mit, nimm drei Teile mit: Für die nächste Kleidertauschparty "
                "suchen wir Menschen für Annahme, Sortierung und Dekoration."
            ),
            "description": (
                "<p>Unsere Kleidertauschpartys sind beliebt – beim letzten Mal kamen über 200 "
                "Gäste. Damit es entspannt bleibt, brauchen wir ein gutes Team.</p>"
                "<p>Übrig gebliebene Kleidung spenden wir an die Kleiderkammer.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 3 Stunden",
            "date_from": Upcoming(4, SUNDAY),
            "date_to": Upcoming(4, SUNDAY),
            "district": "hagen-mitte",
            "topics": ["nachhaltigkeit"],
            "target_groups": ["junge-menschen", "familien"],
            "how_to_join": "<p>Schreiben Sie uns eine E-Mail mit Ihrer Wunschschicht.</p>",
        },
        {
            "slug": "werkstatt-zukunftsrat",
            "title": "Werkstatt „Zukunftsrat Hagen“: Mitdenken erwünscht",
            "summary": (
                "Wie könnte ein Zukunftsrat für Hagen aussehen, in dem zufällig ausgewählte "
                "Bürger*innen der Politik Empfehlungen geben? Entwickeln Sie die Idee mit uns."
            ),
            "description": (
                "<p>Bei der Umsetzungskonferenz der Engagementstrategie bekamen die Zukunftsräte "
                "die meisten Punkte. In dieser Werkstatt sammeln wir Beispiele aus anderen Städten "
                "und entwerfen einen Vorschlag für Hagen.</p>"
                "<p>Wir treffen uns alle zwei Wochen abends. Zum Abschluss stellen wir das "
                "Ergebnis der Lenkungsgruppe vor.</p>"
            ),
            "commitment": "project",
            "time_needed": "alle zwei Wochen ein Abend, 2 Stunden",
            "date_from": Upcoming(1, TUESDAY),
            "date_to": Upcoming(11, TUESDAY),
            "district": None,
            "topics": ["nachhaltigkeit"],
            "target_groups": ["junge-menschen", "seniorinnen-senioren", "neuzugewanderte"],
            "how_to_join": (
                "<p>Melden Sie sich per E-Mail an. Sie können vor Ort oder per Video teilnehmen.</p>"
            ),
        },
    ],
    "bruecken-bauen": [
        {
            "slug": "sprachcafe",
            "title": "Sprachcafé: Deutsch sprechen bei Tee und Kuchen",
            "summary": (
                "Jeden Donnerstag üben Neuzugewanderte im Gespräch Deutsch. Wir suchen Menschen, "
                "die sich an einen Tisch setzen und sich unterhalten."
            ),
            "description": (
                "<p>Im Sprachcafé geht es nicht um Grammatik, sondern ums Reden: über den Alltag, "
                "die Arbeit, das Wetter in Hagen. Ehrenamtliche moderieren kleine Tischgruppen.</p>"
                "<p>Sie brauchen keine pädagogische Ausbildung – Geduld und Neugier genügen.</p>"
            ),
            "commitment": "regular",
            "time_needed": "jeden Donnerstag 16–18 Uhr, auch jede zweite Woche möglich",
            "date_from": None,
            "date_to": None,
            "district": "hagen-nord",
            "topics": ["integration", "bildung"],
            "target_groups": ["neuzugewanderte", "seniorinnen-senioren"],
            "how_to_join": (
                "<p>Kommen Sie an einem Donnerstag vorbei und setzen Sie sich dazu. "
                "Sprechen Sie uns danach an, wenn Sie regelmäßig dabei sein möchten.</p>"
            ),
        },
        {
            "slug": "behoerdenlotsinnen",
            "title": "Behördenlots*innen: Begleitung zu Ämtern",
            "summary": (
                "Ausländerbehörde, Jobcenter, Schulanmeldung: Begleiten Sie Neuzugewanderte zu "
                "Terminen und helfen Sie, Formulare zu verstehen."
            ),
            "description": (
                "<p>Viele Termine scheitern an Missverständnissen. Unsere Lots*innen begleiten, "
                "erklären und übersetzen, wenn nötig – sie entscheiden aber nichts für die "
                "Begleiteten.</p>"
                "<p>Besonders gesucht: Menschen, die Arabisch, Dari, Türkisch oder Ukrainisch "
                "sprechen. Eine Schulung zu Rechten und Grenzen der Begleitung ist Voraussetzung.</p>"
            ),
            "commitment": "regular",
            "time_needed": "nach Absprache, etwa 2 Stunden pro Woche",
            "date_from": None,
            "date_to": None,
            "district": None,
            "topics": ["integration", "menschenrechte"],
            "target_groups": ["neuzugewanderte"],
            "how_to_join": (
                "<p>Melden Sie sich per E-Mail oder Telefon. Nach einem Gespräch besuchen Sie die "
                "nächste Lots*innen-Schulung (zwei Abende).</p>"
            ),
        },
        {
            "slug": "nachbarschaftsfest-altenhagen",
            "title": "Interkulturelles Nachbarschaftsfest in Altenhagen",
            "summary": (
                "Musik, Essen aus vielen Ländern und eine Kinderecke: Helfen Sie mit, dass sich "
                "Nachbar*innen aus aller Welt kennenlernen."
            ),
            "description": (
                "<p>Unser Nachbarschaftsfest ist das größte Fest im Stadtteil. Wir suchen Hilfe "
                "beim Aufbau, an den Essensständen, in der Kinderecke und beim Aufräumen.</p>"
                "<p>Sie sprechen eine weitere Sprache? Dann freuen sich die Gäste am Infostand "
                "besonders über Sie.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 3 Stunden",
            "date_from": Upcoming(6, SATURDAY),
            "date_to": Upcoming(6, SATURDAY),
            "district": "hagen-nord",
            "topics": ["integration", "kultur"],
            "target_groups": ["familien", "neuzugewanderte", "junge-menschen"],
            "how_to_join": "<p>Schreiben Sie uns, wann und wo Sie mithelfen möchten.</p>",
        },
    ],
    "jugendinitiative-funkenflug": [
        {
            "slug": "teamerin-im-jugendtreff",
            "title": "Teamer*in im Jugendtreff werden",
            "summary": (
                "Du bist zwischen 16 und 27, hast Ideen und Lust auf ein Team? Gestalte einen "
                "Nachmittag pro Woche im Jugendtreff – die Juleica-Schulung bezahlen wir."
            ),
            "description": (
                "<p>Im Jugendtreff wird gekocht, gezockt, Musik gemacht und über alles Mögliche "
                "geredet. Als Teamer*in planst du mit anderen das Programm und bist Ansprechperson "
                "für Jüngere.</p>"
                "<p>Du bekommst eine Bescheinigung über dein Engagement – hilfreich für "
                "Bewerbungen.</p>"
            ),
            "commitment": "regular",
            "time_needed": "1 Nachmittag pro Woche, 3 Stunden",
            "date_from": None,
            "date_to": None,
            "district": "haspe",
            "topics": ["bildung", "kultur"],
            "target_groups": ["junge-menschen"],
            "how_to_join": (
                "<p>Komm einfach dienstags oder donnerstags ab 15 Uhr vorbei oder schreib uns.</p>"
            ),
        },
        {
            "slug": "mit-mach-ag-grundschulen",
            "title": "Mit-Mach-AG an Grundschulen begleiten",
            "summary": (
                "In der Mit-Mach-AG entdecken Grundschulkinder, wo sie sich engagieren können. "
                "Begleite ein Schulhalbjahr lang eine AG-Gruppe einmal pro Woche."
            ),
            "description": (
                "<p>Die Mit-Mach-AG besucht Vereine, pflanzt Blumen für den Schulhof, sammelt "
                "Spenden für das Tierheim und lernt dabei, dass jede und jeder etwas bewegen "
                "kann.</p>"
                "<p>Du bist mit einer Lehrkraft und einer zweiten Person aus unserem Team im "
                "Einsatz.</p>"
            ),
            "commitment": "project",
            "time_needed": "1 Schulstunde pro Woche plus Vorbereitung",
            "date_from": Upcoming(2, MONDAY),
            "date_to": Upcoming(20, MONDAY),
            "district": "haspe",
            "topics": ["kinderrechte", "bildung"],
            "target_groups": ["junge-menschen", "seniorinnen-senioren"],
            "how_to_join": (
                "<p>Schreib uns bis zwei Wochen vor Beginn. Für die Arbeit mit Kindern brauchst "
                "du ein erweitertes Führungszeugnis.</p>"
            ),
        },
        {
            "slug": "mitternachtssport",
            "title": "Mitternachtssport: Turnhalle statt Straße",
            "summary": (
                "Freitags von 22 bis 1 Uhr ist die Turnhalle offen: Basketball, Fußball, Musik. "
                "Wir suchen sportbegeisterte Menschen, die die Abende mitbetreuen."
            ),
            "description": (
                "<p>Mitternachtssport bietet Jugendlichen einen Ort für den Freitagabend. "
                "Zwei Ehrenamtliche und eine Fachkraft sind jedes Mal dabei.</p>"
                "<p>Eine Übungsleiter-Lizenz ist willkommen, aber keine Bedingung.</p>"
            ),
            "commitment": "regular",
            "time_needed": "1–2 Freitagabende im Monat",
            "date_from": None,
            "date_to": None,
            "district": "haspe",
            "topics": ["sport"],
            "target_groups": ["junge-menschen"],
            "how_to_join": "<p>Komm an einem Freitag vorbei und sprich das Team an.</p>",
        },
    ],
    "geschichtswerkstatt-eilpe": [
        {
            "slug": "zeitzeugen-interviews",
            "title": "Erinnerungen sichern: Zeitzeugen-Interviews führen",
            "summary": (
                "Ältere Eilperinnen und Eilper erzählen aus ihrem Leben. Führen Sie Interviews, "
                "nehmen Sie sie auf und helfen Sie beim Abschreiben."
            ),
            "description": (
                "<p>Für ein Buch und eine Hörstation zum Stadtteiljubiläum sammeln wir "
                "Lebensgeschichten: vom Arbeiten in den Hammerwerken, vom Ankommen in Eilpe, von "
                "Festen und Nachbarschaft.</p>"
                "<p>In einem Einführungsabend lernen Sie, wie man gute Interviews führt und mit "
                "den Aufnahmen sorgfältig umgeht.</p>"
            ),
            "commitment": "project",
            "time_needed": "etwa 3 Stunden pro Interview, nach Absprache",
            "date_from": Upcoming(1, THURSDAY),
            "date_to": Upcoming(16, THURSDAY),
            "district": "eilpe-dahl",
            "topics": ["geschichte"],
            "target_groups": ["junge-menschen", "seniorinnen-senioren"],
            "how_to_join": (
                "<p>Melden Sie sich zum Einführungsabend an; der Termin steht auf unserer Website.</p>"
            ),
        },
        {
            "slug": "stadtteilrundgang-eilpe",
            "title": "Stadtteilrundgang „Eilpe im Wandel“ begleiten",
            "summary": (
                "Beim öffentlichen Rundgang durch Eilpe suchen wir Menschen, die die Gruppe "
                "begleiten, Fotos zeigen und auf langsamere Gäste achten."
            ),
            "description": (
                "<p>Der Rundgang führt in zwei Stunden von der Eilper Straße bis zum "
                "Selbecker Bach. Eine erfahrene Stadtführerin erzählt, Sie unterstützen.</p>"
                "<p>Wer mag, kann später selbst Führungen übernehmen.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 2,5 Stunden",
            "date_from": Upcoming(4, SUNDAY),
            "date_to": Upcoming(4, SUNDAY),
            "district": "eilpe-dahl",
            "topics": ["geschichte", "kultur"],
            "target_groups": ["seniorinnen-senioren"],
            "how_to_join": "<p>Eine kurze E-Mail genügt.</p>",
        },
    ],
    "initiative-kinderrechte-hagen": [
        {
            "slug": "aktionstag-kinderrechte",
            "title": "Aktionstag Kinderrechte: Spielstationen betreuen",
            "summary": (
                "Am Aktionstag lernen Kinder ihre Rechte an zehn Spielstationen kennen. "
                "Betreuen Sie eine Station für zwei oder vier Stunden."
            ),
            "description": (
                "<p>Recht auf Spiel, Recht auf Bildung, Recht auf Mitbestimmung: An jeder Station "
                "wird ein Kinderrecht spielerisch erlebbar. Die Spiele sind vorbereitet; Sie "
                "erklären sie und ermutigen die Kinder.</p>"
                "<p>Eine kurze Einweisung gibt es am Morgen des Aktionstags.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 2 oder 4 Stunden",
            "date_from": Upcoming(5, SATURDAY),
            "date_to": Upcoming(5, SATURDAY),
            "district": "hagen-mitte",
            "topics": ["kinderrechte"],
            "target_groups": ["familien", "junge-menschen"],
            "how_to_join": "<p>Melden Sie sich per E-Mail mit Ihrer Wunschzeit an.</p>",
        },
        {
            "slug": "spielplatz-check",
            "title": "Spielplatz-Check: Kinder bewerten ihre Spielplätze",
            "summary": (
                "Wie kinderfreundlich ist Hagen-Nord? Begleiten Sie Kindergruppen beim Testen von "
                "Spielplätzen und helfen Sie, ihre Ergebnisse an die Stadt zu geben."
            ),
            "description": (
                "<p>Kinder sind die Expert*innen für ihre Spielplätze. Mit Bewertungsbögen, "
                "Fotos und Karten untersuchen sie, was gut ist und was fehlt.</p>"
                "<p>Zum Abschluss übergeben die Kinder ihre Ergebnisse der Bezirksvertretung.</p>"
            ),
            "commitment": "project",
            "time_needed": "4 Samstagvormittage in zwei Monaten",
            "date_from": Upcoming(2, SATURDAY),
            "date_to": Upcoming(9, SATURDAY),
            "district": "hagen-nord",
            "topics": ["kinderrechte", "bildung"],
            "target_groups": ["familien", "junge-menschen"],
            "how_to_join": (
                "<p>Schreiben Sie uns. Für die Arbeit mit Kindern brauchen wir ein erweitertes "
                "Führungszeugnis; die Kosten übernehmen wir.</p>"
            ),
        },
        {
            "slug": "lernpatenschaft",
            "title": "Lernpatenschaft: Ein Kind beim Lernen begleiten",
            "summary": (
                "Eine Stunde pro Woche für ein Kind: Lesen üben, Hausaufgaben besprechen, "
                "Mut machen. Wir bringen Pat*innen und Familien zusammen."
            ),
            "description": (
                "<p>Manche Kinder brauchen einfach einen Menschen, der Zeit hat. Als Lernpat*in "
                "treffen Sie sich einmal pro Woche mit einem Grundschulkind in der Stadtteilbücherei "
                "oder in der Schule.</p>"
                "<p>Wir begleiten die Patenschaften und laden zweimal im Jahr zum Austausch ein.</p>"
            ),
            "commitment": "regular",
            "time_needed": "1 Stunde pro Woche, mindestens ein Schuljahr",
            "date_from": None,
            "date_to": None,
            "district": "hagen-mitte",
            "topics": ["kinderrechte", "bildung"],
            "target_groups": ["seniorinnen-senioren", "junge-menschen"],
            "how_to_join": (
                "<p>Nach einem Kennenlerngespräch suchen wir gemeinsam ein passendes Kind und "
                "einen Treffpunkt.</p>"
            ),
        },
    ],
    "selbsthilfegruppe-pflegende-angehoerige": [
        {
            "slug": "gespraechskreis-mitgestalten",
            "title": "Gesprächskreis mitgestalten",
            "summary": (
                "Sie haben selbst Angehörige gepflegt? Helfen Sie mit, unseren Gesprächskreis zu "
                "moderieren, neue Teilnehmende zu begrüßen und Themenabende zu planen."
            ),
            "description": (
                "<p>Unser Gesprächskreis lebt davon, dass Erfahrene ihr Wissen weitergeben. "
                "Gemeinsam mit der Selbsthilfe-Kontaktstelle bereiten wir Sie auf die Moderation "
                "vor.</p>"
                "<p>Zu Themenabenden laden wir Fachleute ein, etwa zur Pflegeversicherung oder "
                "zur Verhinderungspflege.</p>"
            ),
            "commitment": "regular",
            "time_needed": "2. und 4. Mittwoch im Monat, 18–20 Uhr",
            "date_from": None,
            "date_to": None,
            "district": "hagen-nord",
            "topics": ["selbsthilfe"],
            "target_groups": ["seniorinnen-senioren"],
            "how_to_join": (
                "<p>Rufen Sie uns an. Gern können Sie vorher unverbindlich an einem Treffen "
                "teilnehmen.</p>"
            ),
        },
        {
            "slug": "selbsthilfetag-infostand",
            "title": "Selbsthilfetag: Infostand mitbetreuen",
            "summary": (
                "Beim Selbsthilfetag in der Innenstadt stellen sich über 30 Gruppen vor. "
                "Betreuen Sie mit uns zwei Stunden lang unseren Infostand."
            ),
            "description": (
                "<p>Viele pflegende Angehörige wissen nicht, dass es uns gibt. Am Infostand "
                "kommen Sie mit Passant*innen ins Gespräch und verteilen Flyer.</p>"
                "<p>Sie müssen nicht selbst pflegen oder gepflegt haben.</p>"
            ),
            "commitment": "one_off",
            "time_needed": "einmalig 2 Stunden",
            "date_from": Upcoming(5, SATURDAY),
            "date_to": Upcoming(5, SATURDAY),
            "district": "hagen-mitte",
            "topics": ["selbsthilfe", "soziales"],
            "target_groups": ["seniorinnen-senioren"],
            "how_to_join": "<p>Eine kurze E-Mail oder ein Anruf genügt.</p>",
        },
    ],
}

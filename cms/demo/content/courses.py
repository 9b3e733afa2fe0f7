"""Training courses (Qualifizierungen), after the strategy's recommendations
"Qualifizierung von Engagierten", "Ehrenamtliche Vorstände stärken",
"Workshops Öffentlichkeitsarbeit" and "Mehr Ehrenamtskoordinator*innen für Hagen".

Sessions are (weekday weeks from now, start, end, note); the registration
deadline is a number of days before the first session.
"""

from cms.demo.dates import MONDAY, SATURDAY, THURSDAY, TUESDAY, WEDNESDAY, Upcoming

COURSES = [
    {
        "slug": "einsteigerseminar-neue-ehrenamtliche",
        "title": "Einsteigerseminar für neue Ehrenamtliche",
        "summary": (
            "Was erwartet mich im Ehrenamt, was darf ich erwarten? Ein Samstag mit Grundlagen zu "
            "Rollen, Grenzen, Versicherung und Austausch mit erfahrenen Engagierten."
        ),
        "provider": "Freiwilligenzentrale Hagen",
        "description": (
            "<p>Das Seminar richtet sich an alle, die gerade ein Ehrenamt beginnen oder es "
            "vorhaben – ganz gleich, in welchem Bereich.</p>"
            "<h2>Themen</h2>"
            "<ul><li>Was ist bürgerschaftliches Engagement, was nicht?</li>"
            "<li>Rechte und Pflichten, Versicherungsschutz, Auslagenersatz</li>"
            "<li>Nähe und Distanz: eigene Grenzen erkennen</li>"
            "<li>Anerkennung, Ehrenamtskarte NRW und Engagementnachweis</li></ul>"
            "<p>Mittagessen und Getränke sind inklusive. Sie erhalten eine Teilnahmebescheinigung.</p>"
        ),
        "format": "in_person",
        "venue": "Freiwilligenzentrale Hagen, Körnerstraße 41, Seminarraum im Erdgeschoss",
        "district": "hagen-mitte",
        "online_info": "",
        "cost": "0",
        "cost_note": "Kostenlos, gefördert im Rahmen der Engagementstrategie",
        "registration_url": "",
        "registration_email": "freiwilligenzentrale@example.org",
        "deadline_days_before": 5,
        "places": 16,
        "target_group": "Neue und künftige Ehrenamtliche aus allen Bereichen",
        "target_groups": ["junge-menschen", "seniorinnen-senioren", "neuzugewanderte"],
        "topics": ["soziales", "bildung"],
        "sessions": [(Upcoming(2, SATURDAY), "10:00", "15:30", "")],
    },
    {
        "slug": "vereinsrecht-fuer-vorstaende",
        "title": "Vereinsrecht für Vorstände",
        "summary": (
            "Satzung, Haftung, Mitgliederversammlung: An zwei Abenden erklärt ein Fachanwalt, "
            "was ehrenamtliche Vorstände wissen müssen – mit viel Zeit für Ihre Fragen."
        ),
        "provider": "VHS Hagen",
        "description": (
            "<p>Wer einen Vorstandsposten übernimmt, übernimmt auch Verantwortung. Dieser Kurs "
            "gibt einen verständlichen Überblick über die rechtlichen Grundlagen der Vereinsarbeit.</p>"
            "<h2>Themen</h2>"
            "<ul><li>Satzung und Vereinsregister</li>"
            "<li>Haftung des Vorstands und wie man sie begrenzt</li>"
            "<li>Mitgliederversammlung: Einladung, Beschlüsse, Protokoll</li>"
            "<li>Gemeinnützigkeit: was das Finanzamt prüft</li></ul>"
            "<p>Bringen Sie gern Ihre Satzung mit.</p>"
        ),
        "format": "in_person",
        "venue": "VHS Hagen, Villa Post, Wehringhauser Straße 38, Raum 1.05",
        "district": "hagen-mitte",
        "online_info": "",
        "cost": "25.00",
        "cost_note": "Mit der Ehrenamtskarte NRW kostenlos",
        "registration_url": "https://vhs-hagen.example.org/kurse/vereinsrecht-fuer-vorstaende",
        "registration_email": "",
        "deadline_days_before": 7,
        "places": 20,
        "target_group": "Vorstände und künftige Vorstände von Vereinen",
        "target_groups": [],
        "topics": ["bildung"],
        "sessions": [
            (Upcoming(3, TUESDAY), "18:00", "21:00", "Teil 1: Satzung und Haftung"),
            (Upcoming(4, TUESDAY), "18:00", "21:00", "Teil 2: Mitgliederversammlung und Finanzen"),
        ],
    },
    {
        "slug": "oeffentlichkeitsarbeit-kleine-vereine",
        "title": "Öffentlichkeitsarbeit für kleine Vereine",
        "summary": (
            "Pressemitteilung, gute Fotos, Social Media und der Hashtag #HAGENbrauchtDICH: "
            "drei Workshop-Abende für alle, die ihren Verein sichtbarer machen wollen."
        ),
        "provider": "Freiwilligenzentrale Hagen und VHS Hagen",
        "description": (
            "<p>Kleine Vereine leisten viel – und erzählen zu selten davon. In drei praktischen "
            "Workshops lernen Sie, wie Sie mit wenig Zeit mehr Menschen erreichen.</p>"
            "<ul><li>Abend 1: Die eigene Geschichte erzählen – Texte und Pressemitteilungen</li>"
            "<li>Abend 2: Bilder mit Wirkung – Fotos, Bildrechte und Alternativtexte</li>"
            "<li>Abend 3: Social Media, Newsletter und der gemeinsame Hashtag</li></ul>"
            "<p>Sie können vor Ort oder online teilnehmen.</p>"
        ),
        "format": "hybrid",
        "venue": "VHS Hagen, Villa Post, Wehringhauser Straße 38, Raum 2.10",
        "district": "hagen-mitte",
        "online_info": "Den Zugangslink erhalten Sie am Vortag per E-Mail.",
        "cost": "0",
        "cost_note": "Kostenlos für Engagierte aus Hagener Vereinen und Initiativen",
        "registration_url": "https://vhs-hagen.example.org/kurse/oeffentlichkeitsarbeit-vereine",
        "registration_email": "freiwilligenzentrale@example.org",
        "deadline_days_before": 3,
        "places": 24,
        "target_group": "Engagierte, die in ihrem Verein Öffentlichkeitsarbeit machen",
        "target_groups": ["junge-menschen", "seniorinnen-senioren"],
        "topics": ["bildung", "kultur"],
        "sessions": [
            (Upcoming(1, WEDNESDAY), "18:30", "20:30", "Abend 1: Texte"),
            (Upcoming(2, WEDNESDAY), "18:30", "20:30", "Abend 2: Bilder"),
            (Upcoming(3, WEDNESDAY), "18:30", "20:30", "Abend 3: Social Media"),
        ],
    },
    {
        "slug": "digitale-kompetenzen-seniorinnen-senioren",
        "title": "Digitale Kompetenzen für Seniorinnen und Senioren (online)",
        "summary": (
            "Videokonferenz, geteilte Kalender, sichere Passwörter: vier Online-Vormittage für "
            "ältere Engagierte, die im Verein digital mitarbeiten möchten."
        ),
        "provider": "VHS Hagen",
        "description": (
            "<p>Immer mehr Vereinsarbeit läuft digital. Dieser Kurs nimmt sich Zeit für die "
            "Grundlagen – in kleinen Schritten und ohne Fachchinesisch.</p>"
            "<ul><li>An einer Videokonferenz teilnehmen und sie selbst leiten</li>"
            "<li>Termine und Dokumente mit anderen teilen</li>"
            "<li>Sichere Passwörter und der Schutz vor Betrugsmails</li>"
            "<li>Einen Beitrag auf der Website des Vereins einstellen</li></ul>"
            "<p>Vor dem ersten Termin ruft Sie eine Digitale Helferin an und prüft mit Ihnen, ob "
            "Ton und Kamera funktionieren.</p>"
        ),
        "format": "online",
        "venue": "",
        "district": None,
        "online_info": "Den Zugangslink erhalten Sie nach der Anmeldung. Ein Tablet genügt.",
        "cost": "15.00",
        "cost_note": "Mit Hagen-Pass oder Ehrenamtskarte NRW kostenlos",
        "registration_url": "https://vhs-hagen.example.org/kurse/digital-im-ehrenamt-60plus",
        "registration_email": "",
        "deadline_days_before": 4,
        "places": 12,
        "target_group": "Engagierte ab 60 Jahren, auch ohne Vorkenntnisse",
        "target_groups": ["seniorinnen-senioren"],
        "topics": ["bildung"],
        "sessions": [
            (Upcoming(2, THURSDAY), "10:00", "11:30", "Teil 1: Videokonferenz"),
            (Upcoming(3, THURSDAY), "10:00", "11:30", "Teil 2: Kalender und Dokumente"),
            (Upcoming(4, THURSDAY), "10:00", "11:30", "Teil 3: Sicher im Netz"),
            (Upcoming(5, THURSDAY), "10:00", "11:30", "Teil 4: Die Vereinswebsite"),
        ],
    },
    {
        "slug": "ehrenamtskoordination",
        "title": "Ehrenamtskoordination: Freiwillige gewinnen, begleiten, halten",
        "summary": (
            "Eine dreiteilige Fortbildung für Haupt- und Ehrenamtliche, die Freiwillige in ihrer "
            "Organisation koordinieren – mit Austausch im Netzwerk der Koordinator*innen."
        ),
        "provider": "Freiwilligenzentrale Hagen mit den Wohlfahrtsverbänden",
        "description": (
            "<p>Engagement verändert sich: kürzer, projektbezogener, vielfältiger. Wie gewinnen "
            "Organisationen neue Engagierte, wie begleiten sie sie gut, und wie sagt man "
            "angemessen Danke?</p>"
            "<ul><li>Modul 1: Engagement im Wandel und Aufgabenprofile</li>"
            "<li>Modul 2: Gewinnung, Erstgespräch, Einarbeitung</li>"
            "<li>Modul 3: Anerkennung, Konflikte und Abschied</li></ul>"
            "<p>Die Fortbildung schließt mit einem Zertifikat ab.</p>"
        ),
        "format": "in_person",
        "venue": "Rathaus an der Volme, Rathausstraße 11, Sitzungsraum A.201",
        "district": "hagen-mitte",
        "online_info": "",
        "cost": "60.00",
        "cost_note": "Für Ehrenamtliche übernimmt die Freiwilligenzentrale die Kosten",
        "registration_url": "",
        "registration_email": "freiwilligenzentrale@example.org",
        "deadline_days_before": 10,
        "places": 18,
        "target_group": "Haupt- und ehrenamtliche Koordinator*innen in Vereinen und Verbänden",
        "target_groups": [],
        "topics": ["soziales", "bildung"],
        "sessions": [
            (Upcoming(6, MONDAY), "09:30", "16:00", "Modul 1"),
            (Upcoming(8, MONDAY), "09:30", "16:00", "Modul 2"),
            (Upcoming(10, MONDAY), "09:30", "16:00", "Modul 3"),
        ],
    },
]

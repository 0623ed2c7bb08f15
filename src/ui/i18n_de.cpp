// The German translations of the interface text, by their English text (core/text_pack's rows). The desktop app
// and the tests compile them in; the page fetches them as assets/de.bin (written from these rows by rift-pack) only
// when it shows German, so an English reader does not download them with the code (issue 21).
#include "ui/i18n.h"

namespace rift {

namespace {
constexpr TextPair kGerman[] = {
    {"Bans & removals", "Verbote & Rückbau"}, {"App bans", "App-Verbote"}, {"Trade & entity lists", "Handel & Listen"},
    {"Reviews & divestment", "Prüfungen & Verkauf"}, {"Indictments & visas", "Anklagen & Visa"},
    {"Accusations & diplomacy", "Vorwürfe & Diplomatie"},
    {"event matches", "Ereignis passt zu"}, {"events match", "Ereignisse passen zu"},
    {"without the other filters.", "ohne die übrigen Filter."}, {"Search everything", "Alles durchsuchen"},
    {"Escalation index: no measures between the United States and China in this selection.",
     "Eskalationsindex: In dieser Auswahl gibt es keine Maßnahmen zwischen den USA und China."},
    {"All states", "Alle Staaten"}, {"measure", "Maßnahme"}, {"measures", "Maßnahmen"},
    {"events up to", "Ereignisse bis"},
    {"day/s", "Tag/s"}, {"week/s", "Woche/s"}, {"month/s", "Monat/s"},
    {"Every event as a plain table (table.html)", "Alle Ereignisse als einfache Tabelle (table.html)"},
    {"Rift shows the measures that states take against each other's technology vendors: procurement and usage bans, "
     "equipment removals, entity listings, export controls, indictments, app bans, security reviews and more, since "
     "2012, and which measure answered which.",
     "Rift zeigt die Maßnahmen, die Staaten gegen die Technologieanbieter anderer Staaten ergreifen: Beschaffungs- und "
     "Nutzungsverbote, den Rückbau von Ausrüstung, Listungen, Exportkontrollen, Anklagen, App-Verbote, "
     "Sicherheitsprüfungen und mehr, seit 2012, und welche Maßnahme auf welche antwortete."},
    {"Dataset version {} ({})", "Datensatz in der Version {} ({})"}, {"built-in dataset", "mitgelieferter Datensatz"},
    {"{} events by {} states and blocs, {} vendors, {} response links, {} sources",
     "{} Ereignisse von {} Staaten und Bündnissen, {} Anbieter, {} Antwortverknüpfungen, {} Quellen"},
    {"From {} to {}", "Vom {} bis zum {}"},
    {"How events are chosen: each event is one dated measure or act by one state or the EU against vendors from "
     "another country, or against technology from abroad in general. Every event has at least one source that says "
     "what the event says; dates are given to the precision known (day, month or year). A response link is drawn only "
     "where a source says that one measure answered another.",
     "Wie Ereignisse ausgewählt werden: Jedes Ereignis ist eine datierte Maßnahme oder Handlung eines Staates oder der "
     "EU gegen Anbieter aus einem anderen Land oder gegen Technik aus dem Ausland im Allgemeinen. Jedes Ereignis hat "
     "mindestens eine Quelle, die belegt, was es aussagt; Daten stehen so genau da, wie sie bekannt sind (Tag, Monat "
     "oder Jahr). Eine Antwortverknüpfung gibt es nur, wo eine Quelle sagt, dass eine Maßnahme auf eine andere "
     "antwortete."},
    {"Escalation index: for a pair of countries, the sum of the severities (1-5) of the measures one took against the "
     "other, each halving in weight every 365 days.",
     "Eskalationsindex: für ein Staatenpaar die Summe der Schweregrade (1–5) der Maßnahmen, die der eine gegen den "
     "anderen ergriff; jede zählt nach 365 Tagen nur noch halb so viel."},
    {"Cite as: The Rift contributors, Rift: state measures against foreign technology vendors, version {} [data set], "
     "CC BY 4.0, with the event ids (CITATION.cff; docs/DATASET.md, \"Citing\").",
     "Zitieren als: The Rift contributors, Rift: state measures against foreign technology vendors, Version {} "
     "[Datensatz], CC BY 4.0, mit den Kennungen der Ereignisse (CITATION.cff; docs/DATASET.md, „Citing“)."},
    {"Licence: the dataset is published under CC BY 4.0 (LICENSE-DATA); the code under the MIT licence (LICENSE). "
     "Country names come from Debian's iso-codes. The components Rift carries (Dear ImGui, nlohmann/json, stb, Inter, "
     "Noto, Natural Earth, d3-geo, earcut, iso-codes, Emscripten) keep their own licences, in THIRD-PARTY-NOTICES.txt "
     "beside the page or the app (inside the single-file page).",
     "Lizenz: Der Datensatz steht unter CC BY 4.0 (LICENSE-DATA), der Code unter der MIT-Lizenz (LICENSE). Die "
     "Ländernamen stammen aus Debians iso-codes. Die mitgelieferten Komponenten (Dear ImGui, nlohmann/json, stb, Inter, "
     "Noto, Natural Earth, d3-geo, earcut, iso-codes, Emscripten) behalten ihre eigenen Lizenzen, nachzulesen in "
     "THIRD-PARTY-NOTICES.txt neben der Seite oder dem Programm (in der Einzeldatei-Seite enthalten)."},
    {"Third-party licences (THIRD-PARTY-NOTICES.txt)", "Lizenzen von Drittanbietern (THIRD-PARTY-NOTICES.txt)"},
    {"Follow new events (Atom feed)", "Neuen Ereignissen folgen (Atom-Feed, englisch)"},
    {"each state and vendor has its own, in Details", "für jeden Staat und Anbieter ein eigener, unter Details"},
    {"Follow (Atom feeds)", "Folgen (Atom-Feeds, englisch)"},
    {"New measures by {}", "Neue Maßnahmen von {}"},
    {"New measures naming {}", "Neue Maßnahmen, die {} nennen"},
    {"No filters: every event is shown.", "Keine Filter: alle Ereignisse werden gezeigt."},
    {"the filter names one acting state", "der Filter nennt einen handelnden Staat"},
    {"the filter names one targeted state", "der Filter nennt einen betroffenen Staat"},
    {"Cell colour:", "Farbe der Zelle:"},
    {"Deeper colour: more severe. Columns: the acting states (hover for the name); only measures aimed at a vendor count.",
     "Kräftigere Farbe: schwerer. Spalten: die handelnden Staaten (Name beim Darüberfahren); es zählen nur Maßnahmen gegen einen Anbieter."},
    {"defended", "verteidigt"}, {"mentioned", "erwähnt"},
    {"Timeline", "Zeitleiste"}, {"Compare", "Vergleich"}, {"Vendors", "Anbieter"}, {"Events", "Ereignisse"},
    {"Filters", "Filter"}, {"Details", "Details"}, {"About", "Über"}, {"Share", "Teilen"},
    {"Search", "Suche"}, {"Search events...", "Ereignisse suchen..."}, {"Clear all", "Alle löschen"},
    {"Date range", "Zeitraum"}, {"From", "Von"}, {"To", "Bis"}, {"Acting country", "Handelnder Staat"},
    {"Targeted country", "Betroffener Staat"}, {"Vendor", "Anbieter"}, {"Measure", "Maßnahme"},
    {"Sector", "Sektor"}, {"Status", "Status"}, {"Play", "Abspielen"}, {"Pause", "Pause"},
    {"Loop", "Schleife"}, {"Speed", "Tempo"}, {"days/s", "Tage/s"}, {"Date", "Datum"}, {"Actor", "Akteur"},
    {"Targets", "Ziele"}, {"Title", "Titel"}, {"Sources", "Quellen"},
    {"Loading the summary and sources...", "Zusammenfassung und Quellen werden geladen..."},
    {"The full record (summaries and sources) could not be loaded: reload the page to download it.",
     "Der vollständige Datensatz (Zusammenfassungen und Quellen) konnte nicht geladen werden: Laden Sie die Seite neu, "
     "um ihn herunterzuladen."},
    {"The full record (summaries and sources) is still loading; the downloads follow in a moment.",
     "Der vollständige Datensatz (Zusammenfassungen und Quellen) wird noch geladen; die Downloads folgen gleich."},
    {"The summary and sources could not be loaded.", "Zusammenfassung und Quellen konnten nicht geladen werden."}, {"Summary", "Zusammenfassung"},
    {"Announced", "Angekündigt"}, {"Effective", "In Kraft"}, {"Ends", "Endet"}, {"Severity", "Schwere"},
    {"Answers", "Antwortet auf"}, {"Answered by", "Beantwortet durch"},
    {"Select an event on the timeline or in the table.", "Wählen Sie ein Ereignis in der Zeitleiste oder Tabelle."},
    {"event", "Ereignis"}, {"events", "Ereignisse"}, {"of", "von"},
    {"No events match these filters.", "Keine Ereignisse passen zu diesen Filtern."},
    {"Escalation index", "Eskalationsindex"}, {"Taken", "Ergriffen"}, {"Received", "Erlitten"},
    {"Vendors targeted", "Betroffene Anbieter"}, {"First measure", "Erste Maßnahme"},
    {"Latest measure", "Letzte Maßnahme"}, {"Add country", "Staat hinzufügen"},
    {"Pick 2 to 4 countries to compare.", "Wählen Sie 2 bis 4 Staaten zum Vergleich."},
    {"Strongest measure in force on", "Stärkste geltende Maßnahme am"}, {"Country", "Staat"},
    {"Close", "Schließen"}, {"Copy", "Kopieren"}, {"Copied", "Kopiert"}, {"Permalink", "Permalink"},
    {"Embed code", "Einbettungscode"},
    {"Embed code, responsive (sizes itself to the view)", "Einbettungscode, responsiv (passt seine Höhe der Ansicht an)"},
    {"Embed code, fixed height", "Einbettungscode, feste Höhe"}, {"Language", "Sprache"}, {"Theme", "Design"}, {"Light", "Hell"},
    {"Dark", "Dunkel"}, {"Previous event", "Vorheriges Ereignis"}, {"Next event", "Nächstes Ereignis"},
    {"Zoom in", "Vergrößern"}, {"Zoom out", "Verkleinern"}, {"Reset zoom", "Zoom zurücksetzen"},
    {"Notices", "Hinweise"}, {"Dismiss", "Ausblenden"}, {"Dataset problems", "Probleme im Datensatz"},
    {"Open source", "Quelle öffnen"}, {"Escalation: decayed sum of severities (half-life 1 year)",
                                       "Eskalation: abklingende Summe der Schweregrade (Halbwertszeit 1 Jahr)"},
    {"Measures each country took and received", "Maßnahmen, die jeder Staat ergriff und erlitt"},
    {"Reciprocity", "Gegenseitigkeit"}, {"above", "oben"}, {"below", "unten"},
    // How many (count_window.cpp) and Compare's response lags (lags_panel.cpp).
    {"How many?", "Wie viele?"}, {"Any vendor", "Jeder Anbieter"}, {"Any measure", "Jede Maßnahme"},
    {"Measure types", "Maßnahmenarten"}, {"Which events count", "Welche Ereignisse zählen"},
    {"Whom they apply to", "Für wen sie gelten"}, {"On", "Am"}, {"state", "Staat"}, {"states", "Staaten"},
    {"Any act (announced, enacted or reported)", "Jeder Akt (angekündigt, erlassen oder berichtet)"},
    {"Announced by the government", "Von der Regierung angekündigt"}, {"Enacted", "Erlassen"},
    {"In force (enacted and effective)", "In Kraft (erlassen und wirksam)"},
    {"Counts every act on record that was announced, enacted or is known from press reports.",
     "Zählt jeden erfassten Akt, der angekündigt, erlassen oder aus Presseberichten bekannt ist."},
    {"Counts acts the government announced or enacted (a measure revoked since counts until it ended); press reports alone do not count.",
     "Zählt Akte, die die Regierung angekündigt oder erlassen hat (eine später aufgehobene Maßnahme zählt bis zu ihrem Ende); Presseberichte allein zählen nicht."},
    {"Counts enacted acts (in legal force by the record).", "Zählt erlassene Akte (laut Datensatz rechtskräftig)."},
    {"Counts enacted acts on or after their effective date (their date when the record gives none).",
     "Zählt erlassene Akte ab ihrem Wirksamkeitsdatum (ohne ein solches ab ihrem Datum)."},
    {"Any", "Alle"}, {"Government only", "Nur Regierung"}, {"Beyond government", "Über die Regierung hinaus"},
    {"Whom it applies to: anyone.", "Für wen sie gilt: für alle."},
    {"Whom it applies to: the state's own offices, devices and forces (sector government or defence).",
     "Für wen sie gilt: für die eigenen Behörden, Dienstgeräte und Streitkräfte des Staates (Sektor Regierung oder Verteidigung)."},
    {"Whom it applies to: beyond the government (every other sector: the public, a market, an industry).",
     "Für wen sie gilt: über die Regierung hinaus (jeder andere Sektor: die Öffentlichkeit, ein Markt, eine Branche)."},
    {"How many states take measures against technology vendors on {}?",
     "Wie viele Staaten ergreifen am {} Maßnahmen gegen Technologieanbieter?"},
    {"How many states restrict {} on {}?", "Wie viele Staaten beschränken {} am {}?"},
    {"Definition: a state (or the EU) counts once if at least one of its acts against {} on {} is dated on or before that day and not revoked, lifted or expired by it.",
     "Definition: Ein Staat (oder die EU) zählt einmal, wenn mindestens einer seiner Akte gegen {} am {} auf oder vor diesen Tag datiert und bis dahin weder aufgehoben noch ausgelaufen ist."},
    {"any vendor or none", "einen beliebigen oder keinen Anbieter"},
    {"every type but diplomatic answers", "jede Art außer diplomatischen Antworten"},
    {"Only measures aimed at the vendor named count (not at its products).",
     "Es zählen nur Maßnahmen gegen den genannten Anbieter (nicht gegen seine Produkte)."},
    {"Only measures aimed at the vendor or its products and subsidiaries count.",
     "Es zählen nur Maßnahmen gegen den Anbieter oder seine Produkte und Töchter."},
    {"Within the other filters: {}", "Innerhalb der übrigen Filter: {}"},
    {"Looser ({}): {} states{}", "Lockerer ({}): {} Staaten{}"}, {"Stricter ({}): {} states{}", "Strenger ({}): {} Staaten{}"},
    {"Copy link", "Link kopieren"}, {"CSV", "CSV"}, {"The states and the {} events counted", "Die Staaten und die {} gezählten Ereignisse"},
    {"Response lags", "Reaktionszeiten"}, {"All types", "Alle Arten"}, {"none yet", "noch keine"}, {"too few for figures ({}), listed below", "zu wenige für Kennzahlen ({}), unten aufgeführt"},
    {"{} days ({} to {})", "{} Tage ({} bis {})"}, {"(of {})", "(von {})"}, {"{} days", "{} Tage"},
    {"not answered", "nicht beantwortet"}, {"Answers by {} to measures of {}", "Antworten von {} auf Maßnahmen von {}"},
    {"No measure of {} against {} in this selection.", "Keine Maßnahme von {} gegen {} in dieser Auswahl."},
    {"Measure type", "Maßnahmenart"}, {"Answered", "Beantwortet"}, {"Median days (quartiles)", "Median in Tagen (Quartile)"},
    {"Within 7 / 30 / 90 days", "Binnen 7 / 30 / 90 Tagen"}, {"Unanswered after 90 days", "Nach 90 Tagen unbeantwortet"},
    {"every measure", "jede Maßnahme"}, {"the answered measures", "die beantworteten Maßnahmen"},
    {"Unanswered after 90 days ({})", "Nach 90 Tagen unbeantwortet ({})"},
    {"How lags are measured, as of {}: for each measure one state took against the other (the other among its targets), the other's first act that the record links to it as an answer (responds_to); the lag is the days between their dates. Median and quartiles are over the answered measures with both dates known to the day (linear interpolation, as Excel's QUARTILE.INC); the shares within 7, 30 and 90 days are of the measures at least 90 days old. A lag with a date known only to the month or year is listed with its range and left out of the figures. Figures need at least 5 cases; below that the events are listed.",
     "So wird die Reaktionszeit gemessen, Stand {}: Zu jeder Maßnahme, die ein Staat gegen den anderen ergriff (der andere unter ihren Zielen), der erste Akt des anderen, den der Datensatz als Antwort darauf verknüpft (responds_to); die Reaktionszeit sind die Tage zwischen beiden Daten. Median und Quartile beziehen sich auf die beantworteten Maßnahmen, deren beide Daten taggenau bekannt sind (lineare Interpolation wie Excels QUARTILE.INC); die Anteile binnen 7, 30 und 90 Tagen auf die Maßnahmen, die mindestens 90 Tage alt sind. Eine Reaktionszeit mit einem nur auf Monat oder Jahr bekannten Datum wird mit ihrer Spanne aufgelistet und nicht mitgezählt. Kennzahlen brauchen mindestens 5 Fälle; darunter werden die Ereignisse aufgelistet."},
    {"Events behind this cell", "Ereignisse dieser Zelle"}, {"Main", "Ansicht"},
    {"Measures states take against each other's technology vendors",
     "Maßnahmen von Staaten gegen Technologieanbieter anderer Staaten"},
    {"States' measures against tech vendors", "Maßnahmen von Staaten gegen Tech-Anbieter"},
    {"Type a date (YYYY-MM-DD) and press Enter", "Datum eingeben (JJJJ-MM-TT) und Enter drücken"},
    {"matching", "passend"}, {"Remove filter", "Filter entfernen"}, {"in force", "in Kraft"},
    {"All countries", "Alle Staaten"}, {"Most restricted", "Am stärksten beschränkt"}, {"Data", "Daten"}, {"Shown", "Angezeigt"},
    {"Loaded {}: {} events", "{} geladen: {} Ereignisse"},
    {"version", "Version"}, {"Download", "Herunterladen"}, {"The current selection", "Die aktuelle Auswahl"},
    {"CSV (spreadsheet)", "CSV (Tabelle)"}, {"JSON (dataset format)", "JSON (Datensatzformat)"},
    {"PNG (this view)", "PNG (diese Ansicht)"}, {"Record video", "Video aufnehmen"}, {"Cancel", "Abbrechen"},
    {"1280 × 720 (video)", "1280 × 720 (Video)"},
    {"Also: a picture (PNG) or a video (WebM) of this view under Data; a citation of an event (plain, BibTeX, CSL-JSON, "
     "RIS) under Details, Cite; feeds to follow under About.",
     "Außerdem: ein Bild (PNG) oder ein Video (WebM) dieser Ansicht unter Daten; ein Zitat eines Ereignisses (Text, "
     "BibTeX, CSL-JSON, RIS) unter Details, Zitieren; Feeds zum Folgen unter Über."}, {"Recording cancelled.", "Aufnahme abgebrochen."},
    {"Recording is not available here.", "Aufnehmen ist hier nicht möglich."},
    {"This browser cannot record video (it has no MediaRecorder for WebM).",
     "Dieser Browser kann kein Video aufnehmen (ihm fehlt MediaRecorder für WebM)."},
    {"A video of the playback, {} to {} ({} s), with the date, title and source:",
     "Ein Video des Ablaufs vom {} bis zum {} ({} s), mit Datum, Titel und Quelle:"}, {"CSV for Excel", "CSV für Excel"},
    {"RFC 4180: UTF-8, comma-separated, for any program.", "RFC 4180: UTF-8, durch Kommas getrennt, für jedes Programm."},
    {"UTF-8 with a byte-order mark, separated by ';', dates as ISO text (2014-05-19).",
     "UTF-8 mit Byte-Order-Mark, durch ';' getrennt, Daten als ISO-Text (2014-05-19)."},
    {"UTF-8 with a byte-order mark, separated by ',', dates as ISO text (2014-05-19).",
     "UTF-8 mit Byte-Order-Mark, durch ',' getrennt, Daten als ISO-Text (2014-05-19)."},
    {"Cite", "Zitieren"}, {"Cite the dataset", "Den Datensatz zitieren"}, {"Reference", "Literaturangabe"},
    {"A picture of this view with its title, filters and source, at:",
     "Ein Bild dieser Ansicht mit Titel, Filtern und Quelle, in:"},
    {"1200 × 675 (articles, social)", "1200 × 675 (Artikel, soziale Medien)"}, {"1080 × 1080 (square)", "1080 × 1080 (quadratisch)"},
    {"As on screen", "Wie auf dem Bildschirm"}, {"Source: Rift dataset", "Quelle: Rift-Datensatz"}, {"Saved", "Gespeichert"}, {"Your own data", "Eigene Daten"},
    {"Open a dataset in Rift's JSON format or a CSV with the same columns as the download. It is checked with the same rules as rift-validate; if it has problems they are listed and the data shown stays. You can also drop a file on the page.",
     "Öffnen Sie einen Datensatz im JSON-Format von Rift oder eine CSV-Datei mit den Spalten des Downloads. Er wird nach denselben Regeln wie mit rift-validate geprüft; hat er Fehler, werden sie aufgelistet und die angezeigten Daten bleiben. Sie können eine Datei auch auf die Seite ziehen."},
    {"Open a file...", "Datei öffnen..."}, {"Drop a file on the window to open it.", "Ziehen Sie eine Datei auf das Fenster, um sie zu öffnen."},
    {"Back to the built-in dataset", "Zurück zum eingebauten Datensatz"}, {"Open in Rift", "In Rift öffnen"}, {"A-Z", "A-Z"},
    {"Space plays, arrow keys step through events, / searches.", "Leertaste spielt ab, Pfeiltasten springen zwischen Ereignissen, / sucht."}, {"Remove", "Entfernen"}, {"more", "weitere"},
    // What changed since a release (a link made with an older dataset version)
    {"This link was made with dataset version {}; the data shown is version {}.",
     "Dieser Link wurde mit der Datensatzversion {} erstellt; angezeigt wird Version {}."},
    {"What changed since {}", "Was sich seit {} geändert hat"},
    {"Loading the release record...", "Die Liste der Versionen wird geladen..."},
    {"The release record could not be loaded ({}).", "Die Liste der Versionen konnte nicht geladen werden ({})."},
    {"Version {} is not in the release record: what changed since cannot be listed.",
     "Version {} steht nicht in der Liste der Versionen: Was sich seitdem geändert hat, lässt sich nicht auflisten."},
    {"{} new, {} corrected", "{} neu, {} korrigiert"},
    {"From version {} to {}: {} new, {} corrected, {} renamed, {} removed.",
     "Von Version {} zu {}: {} neu, {} korrigiert, {} umbenannt, {} entfernt."},
    {"New events are marked in the timeline and in the Events table until the notice is dismissed.",
     "Neue Ereignisse sind in der Zeitleiste und in der Ereignistabelle markiert, bis der Hinweis ausgeblendet wird."},
    {"New ({})", "Neu ({})"}, {"Corrected ({})", "Korrigiert ({})"}, {"Renamed ({})", "Umbenannt ({})"},
    {"Removed ({})", "Entfernt ({})"}, {"New", "Neu"}, {"Corrected", "Korrigiert"},
    {"Nothing changed since this version.", "Seit dieser Version hat sich nichts geändert."},
    {"{} new since {}", "{} neu seit {}"},
    // Map view
    {"Map", "Karte"}, {"Zoom in to see single events", "Vergrößern, um einzelne Ereignisse zu sehen"}, {"Loading the map...", "Karte wird geladen..."}, {"Measures taken", "Ergriffene Maßnahmen"}, {"Measures received", "Erlittene Maßnahmen"},
    {"Taken against a vendor", "Ergriffen gegen einen Anbieter"}, {"up to", "bis"}, {"none", "keine"},
    {"Against", "Gegen"}, {"Vendors it acted against", "Anbieter, gegen die er vorging"},
    {"No measures up to this date", "Keine Maßnahmen bis zu diesem Datum"},
    {"Click: filter by this country", "Klick: nach diesem Staat filtern"},
    {"Tap again: filter by this country", "Erneut tippen: nach diesem Staat filtern"},
    {"(in English: this dataset has no German text for it)", "(auf Englisch: dieser Datensatz hat dafür keinen deutschen Text)"},
    {"Events in the current selection", "Ereignisse in der aktuellen Auswahl"},
    {"By company", "Nach Konzern"},
    {"Vendors targeted (by company)", "Betroffene Anbieter (nach Konzern)"},
    {"Products and subsidiaries counted under the company that owns them", "Produkte und Tochterfirmen unter dem Konzern gezählt, dem sie gehören"},
    {"Right-click: add to the comparison", "Rechtsklick: zum Vergleich hinzufügen"},
    {"In the comparison", "Im Vergleich"}, {"Comparison is full (4 countries)", "Vergleich ist voll (4 Staaten)"},
    {"Wheel zooms, drag pans", "Mausrad zoomt, Ziehen verschiebt"}, {"Not on the map:", "Nicht auf der Karte:"},
    {"Map data could not be read:", "Kartendaten konnten nicht gelesen werden:"},
    // Compare time charts, counts at the cursor
    {"Measures taken (above the line) and received (below), per year",
     "Ergriffene (über der Linie) und erlittene Maßnahmen (darunter), pro Jahr"},
    {"Measures taken (above the line) and received (below), per quarter",
     "Ergriffene (über der Linie) und erlittene Maßnahmen (darunter), pro Quartal"},
    {"Click: show only this period", "Klick: nur diesen Zeitraum zeigen"},
    {"Counts up to", "Zahlen bis"},
    // Cascades: who followed whom
    // The page's accessible controls (web/access.js, words from ControlsJson)
    {"Explorer controls", "Bedienelemente des Explorers"},
    {"Each change updates the explorer and the list of events after these controls.",
     "Jede Änderung aktualisiert den Explorer und die Liste der Ereignisse nach diesen Bedienelementen."},
    {"View", "Ansicht"},
    {"A year, a month (YYYY-MM) or a day (YYYY-MM-DD); press Enter to apply",
     "Ein Jahr, ein Monat (JJJJ-MM) oder ein Tag (JJJJ-MM-TT); mit Enter übernehmen"},
    {"Words in titles and summaries; press Enter to apply", "Wörter in Titeln und Zusammenfassungen; mit Enter übernehmen"},
    {"Clear filters", "Filter zurücksetzen"}, {"Filters cleared", "Filter zurückgesetzt"}, {"Playback", "Wiedergabe"},
    {"Date shown", "Gezeigtes Datum"}, {"A day (YYYY-MM-DD); press Enter to apply", "Ein Tag (JJJJ-MM-TT); mit Enter übernehmen"},
    {"Link to this view", "Link zu dieser Ansicht"}, {"Link copied", "Link kopiert"}, {"Selected", "Ausgewählt"},
    {"Cascades", "Kaskaden"}, {"Who followed whom", "Wer folgte wem"}, {"Add a vendor", "Anbieter hinzufügen"},
    {"no acts in this selection", "keine Maßnahmen in dieser Auswahl"}, {"First", "Zuerst"},
    {"States", "Staaten"}, {"Cascade", "Kaskade"}, {"First act", "Erste Maßnahme"},
    {"≤ 30 days", "≤ 30 Tage"}, {"≤ 90 days", "≤ 90 Tage"}, {"≤ 365 days", "≤ 365 Tage"},
    {"median lag", "Abstand (Median)"}, {"Median lag", "Abstand (Median)"},
    {"day", "Tag"}, {"days", "Tage"}, {"day 0", "Tag 0"}, {"+{} the same day", "+{} am selben Tag"}, {"years", "Jahre"},
    {"Only the first {} are shown.", "Nur die ersten {} werden gezeigt."},
    {"Day 0 is the first act in this selection. States: how many acted within 30, 90 and 365 days of it, the first "
     "included. Median lag: days from day 0 to each later state's first act. ~: a date known only to the month or "
     "year, counted from its first day. Proposed measures are not acts; revoked ones count on their date. The stronger "
     "lines mark 30, 90 and 365 days; a filled dot is a state's first act, a ring a later one.",
     "Tag 0 ist die erste Maßnahme in dieser Auswahl. Staaten: wie viele innerhalb von 30, 90 und 365 Tagen danach "
     "handelten, der erste eingeschlossen. Abstand (Median): Tage von Tag 0 bis zur ersten Maßnahme jedes späteren "
     "Staates. ~: ein nur auf Monat oder Jahr genau bekanntes Datum, ab dessen erstem Tag gezählt. Vorgeschlagene "
     "Maßnahmen zählen nicht; aufgehobene zählen an ihrem Datum. Die kräftigeren Linien markieren 30, 90 und 365 Tage; "
     "ein gefüllter Punkt ist die erste Maßnahme eines Staates, ein Ring eine spätere."},
    {"Choose one to four vendors (or, with no vendor, measure types in Filters): each becomes a cascade of the states "
     "that acted against it, in the order they acted.",
     "Wählen Sie einen bis vier Anbieter (oder, ohne Anbieter, Maßnahmenarten unter Filter): Jeder wird zu einer "
     "Kaskade der Staaten, die gegen ihn vorgingen, in der Reihenfolge ihres Handelns."},
    // The measure types, sectors and statuses (core/vocab; "Announced" and "Enacted" are above), and the months
    // that differ.
    {"Procurement ban", "Beschaffungsverbot"}, {"Usage ban", "Nutzungsverbot"},
    {"Equipment removal", "Entfernung von Ausrüstung"}, {"Entity listing", "Aufnahme in Sanktionsliste"},
    {"Export control", "Exportkontrolle"}, {"Import restriction", "Importbeschränkung"},
    {"Security review", "Sicherheitsprüfung"}, {"Indictment", "Anklage"}, {"Sanctions", "Sanktionen"},
    {"App ban", "App-Verbot"}, {"Visa restriction", "Visabeschränkung"}, {"Accusation", "Vorwurf"},
    {"Divestment order", "Veräußerungsanordnung"}, {"Diplomatic", "Diplomatische Maßnahme"}, {"Other", "Sonstiges"},
    {"Government", "Verwaltung"}, {"Finance", "Finanzen"}, {"Telecom", "Telekommunikation"},
    {"Consumer", "Verbraucher"}, {"Defence", "Verteidigung"}, {"Semiconductors", "Halbleiter"},
    {"Critical infrastructure", "Kritische Infrastruktur"}, {"General", "Allgemein"},
    {"Reported", "Berichtet"}, {"Proposed", "Vorgeschlagen"}, {"Revoked", "Aufgehoben"},
    {"Mar", "Mär"}, {"May", "Mai"}, {"Oct", "Okt"}, {"Dec", "Dez"},
};
}  // namespace

std::span<const TextPair> BuiltInGerman() { return kGerman; }

}  // namespace rift

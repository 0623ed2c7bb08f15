// The German translations of the interface text, looked up by the English text.
#include "ui/i18n.h"

#include <cstring>

namespace rift {

namespace {
bool g_german = false;

// Looked up by a linear scan (only while German is on): no hash table to build, less code than one.
struct Translation {
    std::string_view en;
    const char* de;
};
constexpr Translation kGerman[] = {
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
    {"The summary and sources could not be loaded.", "Zusammenfassung und Quellen konnten nicht geladen werden."}, {"Summary", "Zusammenfassung"},
    {"Announced", "Angekündigt"}, {"Effective", "In Kraft"}, {"Ends", "Endet"}, {"Severity", "Schwere"},
    {"Answers", "Antwortet auf"}, {"Answered by", "Beantwortet durch"},
    {"Select an event on the timeline or in the table.", "Wählen Sie ein Ereignis in der Zeitleiste oder Tabelle."},
    {"events", "Ereignisse"}, {"of", "von"}, {"No events match these filters.", "Keine Ereignisse passen zu diesen Filtern."},
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
    {"Events behind this cell", "Ereignisse dieser Zelle"}, {"Main", "Ansicht"},
    {"Measures states take against each other's technology vendors",
     "Maßnahmen von Staaten gegen Technologieanbieter anderer Staaten"},
    {"Type a date (YYYY-MM-DD) and press Enter", "Datum eingeben (JJJJ-MM-TT) und Enter drücken"},
    {"matching", "passend"}, {"Remove filter", "Filter entfernen"}, {"in force", "in Kraft"},
    {"All countries", "Alle Staaten"}, {"Most restricted", "Am stärksten beschränkt"}, {"Data", "Daten"}, {"Shown", "Angezeigt"},
    {"version", "Version"}, {"Download", "Herunterladen"}, {"The current selection", "Die aktuelle Auswahl"},
    {"CSV (spreadsheet)", "CSV (Tabelle)"}, {"JSON (dataset format)", "JSON (Datensatzformat)"},
    {"PNG (this view)", "PNG (diese Ansicht)"}, {"CSV for Excel", "CSV für Excel"},
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
};

constexpr const char* kMeasureDe[] = {
    "Beschaffungsverbot", "Nutzungsverbot", "Entfernung von Ausrüstung", "Aufnahme in Sanktionsliste",
    "Exportkontrolle", "Importbeschränkung", "Sicherheitsprüfung", "Anklage", "Sanktionen", "App-Verbot",
    "Visabeschränkung", "Vorwurf", "Veräußerungsanordnung", "Diplomatische Maßnahme", "Sonstiges"};
constexpr const char* kSectorEn[] = {"Government", "Finance", "Telecom", "Consumer", "Defence", "Semiconductors",
                                     "Critical infrastructure", "General"};
constexpr const char* kSectorDe[] = {"Verwaltung", "Finanzen", "Telekommunikation", "Verbraucher", "Verteidigung",
                                     "Halbleiter", "Kritische Infrastruktur", "Allgemein"};
constexpr const char* kStatusEn[] = {"Announced", "Enacted", "Reported", "Proposed", "Revoked"};
constexpr const char* kStatusDe[] = {"Angekündigt", "In Kraft", "Berichtet", "Vorgeschlagen", "Aufgehoben"};
}  // namespace

void SetLanguage(Lang lang) { g_german = lang == Lang::De; }

const char* Tr(const char* english) {
    if (!g_german) return english;
    const std::string_view key = english;
    for (const Translation& t : kGerman)
        if (t.en == key) return t.de;
    return english;
}

std::string TrFill(const char* english, std::initializer_list<std::string_view> values) {
    const std::string_view text = Tr(english);
    std::string out;
    const std::string_view* value = values.begin();
    size_t at = 0;
    for (size_t hole; (hole = text.find("{}", at)) != std::string_view::npos && value != values.end(); at = hole + 2) {
        out.append(text.substr(at, hole - at));
        out.append(*value++);
    }
    return out.append(text.substr(at));
}

const char* MeasureLabel(Measure m) {
    return g_german ? kMeasureDe[static_cast<size_t>(m)] : kMeasureLabels[static_cast<size_t>(m)].data();
}
const char* SectorLabel(Sector s) { return (g_german ? kSectorDe : kSectorEn)[static_cast<size_t>(s)]; }
const char* MonthName(int month) {
    static const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char* de[] = {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"};
    const int k = month < 1 ? 0 : month > 12 ? 11 : month - 1;
    return (g_german ? de : en)[k];
}

const char* StatusLabel(Status s) { return (g_german ? kStatusDe : kStatusEn)[static_cast<size_t>(s)]; }

}  // namespace rift

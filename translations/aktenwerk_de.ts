<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Aktenwerk::Cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 erwartet einen Wert.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>Die Option %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Run &quot;aktenwerk-cli --help&quot; for the list of commands.</source>
        <translation>Rufen Sie „aktenwerk-cli --help“ auf, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Nothing called &quot;%1&quot; was found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not a %3.</source>
        <translation>„%1“ ist vom Typ %2, nicht %3.</translation>
    </message>
    <message>
        <source>Data folder ready: %1 (schema %2, user %3)</source>
        <translation>Datenordner bereit: %1 (Schema %2, Benutzerkonto %3)</translation>
    </message>
    <message>
        <source>Demo data created in %1: %2 plan units, %3 files, %4 cases, %5 documents, %6 versions.</source>
        <translation>Beispieldaten in %1 angelegt: %2 Aktenplaneinheiten, %3 Akten, %4 Vorgänge, %5 Dokumente, %6 Versionen.</translation>
    </message>
    <message>
        <source>plan import needs exactly one FILE.</source>
        <translation>plan import erwartet genau eine DATEI.</translation>
    </message>
    <message>
        <source>File plan imported (%1): %2 units created, %3 updated, %4 unchanged, %5 departments created.</source>
        <translation>Aktenplan importiert (%1): %2 Einheiten angelegt, %3 aktualisiert, %4 unverändert, %5 Fachbereiche angelegt.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>Use &quot;plan import FILE&quot; or &quot;plan list&quot;.</source>
        <translation>Verwenden Sie „plan import DATEI“ oder „plan list“.</translation>
    </message>
    <message>
        <source>department add needs CODE and --name NAME.</source>
        <translation>department add erwartet CODE und --name NAME.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level &quot;%1&quot;.</source>
        <translation>Unbekannte Vertraulichkeitsstufe „%1“.</translation>
    </message>
    <message>
        <source>Use &quot;department list&quot; or &quot;department add&quot;.</source>
        <translation>Verwenden Sie „department list“ oder „department add“.</translation>
    </message>
    <message>
        <source>file create needs --plan CODE and --title TEXT.</source>
        <translation>file create erwartet --plan CODE und --title TEXT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form FIELD=VALUE.</source>
        <translation>„%1“ hat nicht die Form FELD=WERT.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026.</source>
        <translation>--year erwartet eine Jahreszahl wie 2026.</translation>
    </message>
    <message>
        <source>case create needs --file REF|UUID and --title TEXT.</source>
        <translation>case create erwartet --file REF|UUID und --title TEXT.</translation>
    </message>
    <message>
        <source>FB %1</source>
        <translation>FB %1</translation>
    </message>
    <message>
        <source>show needs one REF or UUID.</source>
        <translation>show erwartet genau eine REF oder UUID.</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrungsfrist: %1</translation>
    </message>
    <message>
        <source>Disposal: %1</source>
        <translation>Aussonderungsart: %1</translation>
    </message>
    <message>
        <source>Department: %1, confidentiality: %2, status: %3</source>
        <translation>Fachbereich: %1, Vertraulichkeit: %2, Status: %3</translation>
    </message>
    <message>
        <source>Type: %1  %2</source>
        <translation>Typ: %1  %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Vorgänge: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
    <message>
        <source>Cannot show a %1.</source>
        <translation>Objekte vom Typ %1 können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>set needs REF|UUID and at least one FIELD=VALUE.</source>
        <translation>set erwartet REF|UUID und mindestens ein FELD=WERT.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved (revision %1).</source>
        <translation>Gespeichert (Revision %1).</translation>
    </message>
    <message>
        <source>history needs one REF or UUID.</source>
        <translation>history erwartet genau eine REF oder UUID.</translation>
    </message>
    <message>
        <source>add needs --case REF|UUID and at least one PATH.</source>
        <translation>add erwartet --case REF|UUID und mindestens einen PFAD.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder; add the files in it by name.</source>
        <translation>%1 ist ein Ordner; geben Sie die darin enthaltenen Dateien einzeln an.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>get needs a document UUID and --out FILE.</source>
        <translation>get erwartet die UUID eines Dokuments und --out DATEI.</translation>
    </message>
    <message>
        <source>--version needs a version number (1, 2, ...).</source>
        <translation>--version erwartet eine Versionsnummer (1, 2, ...).</translation>
    </message>
    <message>
        <source>The document has no version %1.</source>
        <translation>Das Dokument hat keine Version %1.</translation>
    </message>
    <message>
        <source>delete needs REF|UUID and --reason TEXT.</source>
        <translation>delete erwartet REF|UUID und --reason TEXT.</translation>
    </message>
    <message>
        <source>Deleted %1 (kept as a tombstone).</source>
        <translation>%1 gelöscht (bleibt als gelöscht markiert erhalten).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Use &quot;config get KEY&quot; or &quot;config set KEY VALUE&quot;.</source>
        <translation>Verwenden Sie „config get SCHLÜSSEL“ oder „config set SCHLÜSSEL WERT“.</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Everything holds.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>Prüfung FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <source>verification failed: %1: %2</source>
        <translation>Prüfung fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>note: %n content file(s) without a document (left by an interrupted import; harmless).</source>
        <translation>
            <numerusform>Hinweis: %n Inhaltsdatei ohne Dokument (übrig von einem abgebrochenen Import; unbedenklich).</numerusform>
            <numerusform>Hinweis: %n Inhaltsdateien ohne Dokument (übrig von einem abgebrochenen Import; unbedenklich).</numerusform>
        </translation>
    </message>
    <message>
        <source>server commands need --url with the database owner&apos;s connection (a libpq URL).</source>
        <translation>server-Befehle erwarten --url mit der Verbindung des Eigentümers der Datenbank (einer libpq-URL).</translation>
    </message>
    <message>
        <source>The repository in database %1 is up to date (schema %2).</source>
        <translation>Die Datenbank %1 des zentralen Servers ist auf dem aktuellen Stand (Schema %2).</translation>
    </message>
    <message>
        <source>The repository in database %1 is at schema %2 (was %3).</source>
        <translation>Die Datenbank %1 des zentralen Servers hat jetzt Schema %2 (vorher %3).</translation>
    </message>
    <message>
        <source>Department %1 created.</source>
        <translation>Fachbereich %1 angelegt.</translation>
    </message>
    <message>
        <source>server add-user needs NAME, --department CODE, --role ROLE and --password-stdin.</source>
        <translation>server add-user erwartet NAME, --department CODE, --role ROLLE und --password-stdin.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Benutzerkonto %1 angelegt.</translation>
    </message>
    <message>
        <source>connect needs --url URL and --user NAME.</source>
        <translation>connect erwartet --url URL und --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password given (use --password-stdin in scripts).</source>
        <translation>Kein Passwort angegeben (verwenden Sie in Skripten --password-stdin).</translation>
    </message>
    <message>
        <source>The URL must not contain the password; it goes to the keychain.</source>
        <translation>Die URL darf das Passwort nicht enthalten; es wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The server knows no Aktenwerk user %1. Ask the administrator.</source>
        <translation>Auf dem Server gibt es kein Aktenwerk-Benutzerkonto %1. Wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (department %3).</source>
        <translation>Mit %1 als %2 verbunden (Fachbereich %3).</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>This data folder works locally. Connect it first (&quot;aktenwerk-cli connect&quot;).</source>
        <translation>Dieser Datenordner arbeitet lokal. Verbinden Sie ihn zuerst mit dem Server („aktenwerk-cli connect“).</translation>
    </message>
    <message>
        <source>no terminal to ask on; use --password-stdin</source>
        <translation>kein Terminal für die Abfrage vorhanden; verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>Synced: %1 changes sent, %2 refused, %3 received; %4 contents up, %5 down; %6 open conflicts.</source>
        <translation>Abgeglichen: %1 Änderungen gesendet, %2 abgelehnt, %3 empfangen; %4 Inhalte hochgeladen, %5 heruntergeladen; %6 offene Konflikte.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Local data folder (no server). %1 changes recorded.</source>
        <translation>Lokaler Datenordner (kein Server). %1 Änderungen erfasst.</translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation>Server %1, Benutzerkonto %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzter Abgleich: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent, %2 refused by the server, %3 open conflicts.</source>
        <translation>%1 Änderungen noch zu senden, %2 vom Server abgelehnt, %3 offene Konflikte.</translation>
    </message>
    <message>
        <source>%1  %2 %3, field %4: mine &quot;%5&quot; (%6), theirs &quot;%7&quot;</source>
        <translation>%1  %2 %3, Feld %4: meine „%5“ (%6), deren „%7“</translation>
    </message>
    <message>
        <source>resolve needs CONFLICT-ID and --keep mine|theirs.</source>
        <translation>resolve erwartet KONFLIKT-ID und --keep mine|theirs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict id.</source>
        <translation>„%1“ ist keine Konflikt-ID.</translation>
    </message>
    <message>
        <source>Resolved; the server learns it with the next sync.</source>
        <translation>Aufgelöst; der Server erfährt es beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search erwartet eine ANFRAGE.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>reindex takes no arguments.</source>
        <translation>reindex erwartet keine Argumente.</translation>
    </message>
    <message numerus="yes">
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Suchindex neu aufgebaut: %n Dokument.</numerusform>
            <numerusform>Suchindex neu aufgebaut: %n Dokumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs at least one PATH (a file or a folder).</source>
        <translation>import erwartet mindestens einen PFAD (eine Datei oder einen Ordner).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden; die übrigen wurden importiert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden; die übrigen wurden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &quot;intake list&quot;.</source>
        <translation>Verwenden Sie „intake list“.</translation>
    </message>
    <message>
        <source>The intake is empty.</source>
        <translation>Der Posteingang ist leer.</translation>
    </message>
    <message>
        <source>watch needs the FOLDER to watch.</source>
        <translation>watch erwartet den zu überwachenden ORDNER.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Watching %1; new files go to the intake. Stop with Ctrl+C.</source>
        <translation>%1 wird überwacht; neue Dateien kommen in den Posteingang. Beenden mit Strg+C.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n hits: the best of the newest are shown; narrow the search.</source>
        <translation>
            <numerusform>Mehr als %n Treffer: die besten der neuesten werden gezeigt; grenzen Sie die Suche ein.</numerusform>
            <numerusform>Mehr als %n Treffer: die besten der neuesten werden gezeigt; grenzen Sie die Suche ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s); raise --limit to see more.</source>
        <translation>
            <numerusform>%n Treffer; mit einem höheren --limit sehen Sie mehr.</numerusform>
            <numerusform>%n Treffer; mit einem höheren --limit sehen Sie mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>--link-duplicates needs --case: references are made in a case.</source>
        <translation>--link-duplicates braucht --case: Verweise entstehen in einem Vorgang.</translation>
    </message>
    <message>
        <source>file-into needs a document (UUID) and --case REF|UUID.</source>
        <translation>file-into braucht ein Dokument (UUID) und --case REF|UUID.</translation>
    </message>
    <message>
        <source>Filed &quot;%1&quot; into %2.</source>
        <translation>„%1“ dem Vorgang %2 zugeordnet.</translation>
    </message>
    <message>
        <source>note: not sent yet (%1); it goes with the next sync.</source>
        <translation>Hinweis: noch nicht gesendet (%1); es geht mit dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>versions needs one document.</source>
        <translation>versions erwartet genau ein Dokument.</translation>
    </message>
    <message>
        <source> (parallel to v%1)</source>
        <translation> (parallel zu v%1)</translation>
    </message>
    <message>
        <source>Checked out by %1 since %2.</source>
        <translation>Ausgecheckt von %1 seit %2.</translation>
    </message>
    <message>
        <source>checkout needs one document.</source>
        <translation>checkout erwartet genau ein Dokument.</translation>
    </message>
    <message>
        <source>note: the server cannot be reached (%1). Checked out for an offline edit: should someone else check in meanwhile, yours becomes a parallel version.</source>
        <translation>Hinweis: Der Server ist nicht erreichbar (%1). Für eine Offline-Bearbeitung ausgecheckt: Checkt inzwischen jemand anderes ein, wird Ihre Fassung eine Parallelversion.</translation>
    </message>
    <message>
        <source>checkin needs a document and, optionally, the FILE to check in.</source>
        <translation>checkin erwartet ein Dokument und optional die einzucheckende DATEI.</translation>
    </message>
    <message>
        <source>Unchanged: no new version. The check-out has ended.</source>
        <translation>Unverändert: keine neue Version. Das Auschecken ist beendet.</translation>
    </message>
    <message>
        <source>Checked in as version %1, parallel to the version you started from: someone else checked in meanwhile.</source>
        <translation>Als Version %1 eingecheckt, parallel zu der Version, von der Sie ausgegangen sind: Inzwischen hat jemand anderes eingecheckt.</translation>
    </message>
    <message>
        <source>Checked in as version %1.</source>
        <translation>Als Version %1 eingecheckt.</translation>
    </message>
    <message>
        <source>cancel-checkout needs one document.</source>
        <translation>cancel-checkout erwartet genau ein Dokument.</translation>
    </message>
    <message>
        <source>Check-out cancelled; the working copy is discarded.</source>
        <translation>Auschecken abgebrochen; die Arbeitskopie ist verworfen.</translation>
    </message>
    <message>
        <source>restore needs a document and --version N.</source>
        <translation>restore erwartet ein Dokument und --version N.</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 als Version %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>break-lock needs one document.</source>
        <translation>break-lock erwartet genau ein Dokument.</translation>
    </message>
    <message>
        <source>The document was not checked out.</source>
        <translation>Das Dokument war nicht ausgecheckt.</translation>
    </message>
    <message>
        <source>The check-out of %1 is broken; %1 is told with the next sync.</source>
        <translation>Das Auschecken durch %1 ist aufgehoben; %1 erfährt es beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Checked out here%1: &quot;%2&quot; (version %3) — %4</source>
        <translation>Hier ausgecheckt%1: „%2“ (Version %3) — %4</translation>
    </message>
    <message>
        <source> (offline edit)</source>
        <translation> (Offline-Bearbeitung)</translation>
    </message>
    <message>
        <source>devices takes no arguments.</source>
        <translation>devices erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected, and that SANE knows it (scanimage -L).</source>
        <translation>Es wurde kein Scanner gefunden. Prüfen Sie, ob er eingeschaltet und angeschlossen ist und ob SANE ihn kennt (scanimage -L).</translation>
    </message>
    <message>
        <source>scan needs --device NAME (see &quot;devices&quot;).</source>
        <translation>scan erwartet --device NAME (siehe „devices“).</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;: use flatbed, adf or duplex.</source>
        <translation>Unbekannte Vorlagenquelle „%1“: Verwenden Sie flatbed, adf oder duplex.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use color, gray or bw.</source>
        <translation>Unbekannter Farbmodus „%1“: Verwenden Sie color, gray oder bw.</translation>
    </message>
    <message>
        <source>--resolution needs dots per inch between 50 and 1200, e.g. 300.</source>
        <translation>--resolution erwartet eine Auflösung zwischen 50 und 1200 dpi, z. B. 300.</translation>
    </message>
    <message>
        <source>Page %1: %2 x %3 pixels, %4 dpi, %5</source>
        <translation>Seite %1: %2 x %3 Pixel, %4 dpi, %5</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not blank</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>Document %1: pages %2</source>
        <translation>Dokument %1: Seiten %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned into %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 gescannt.</numerusform>
            <numerusform>%n Seiten nach %1 gescannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>ocr needs one document and, optionally, --page N (1, 2, ...).</source>
        <translation>ocr erwartet genau ein Dokument und optional --page N (1, 2, ...).</translation>
    </message>
    <message>
        <source>page %1	confidence %2%3</source>
        <translation>Seite %1	Erkennungsgüte %2%3</translation>
    </message>
    <message>
        <source>	low: please check</source>
        <translation>	niedrig: bitte prüfen</translation>
    </message>
    <message>
        <source>page %1	failed: %2</source>
        <translation>Seite %1	fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stored as version %1 (searchable PDF).</source>
        <translation>Als Version %1 gespeichert (durchsuchbares PDF).</translation>
    </message>
    <message>
        <source>--max-pages needs a number of pages (1, 2, ...).</source>
        <translation>--max-pages erwartet eine Seitenzahl (1, 2, ...).</translation>
    </message>
    <message>
        <source>The pages scanned so far are kept in %1.</source>
        <translation>Die bisher gescannten Seiten sind in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>No page was scanned.</source>
        <translation>Es wurde keine Seite gescannt.</translation>
    </message>
    <message>
        <source>The pages scanned are kept in %1.</source>
        <translation>Die gescannten Seiten sind in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>note: the search index is not up to date (%1); &quot;reindex&quot; catches up.</source>
        <translation>Hinweis: Der Suchindex ist nicht aktuell (%1); „reindex“ holt es nach.</translation>
    </message>
    <message>
        <source>Filed: %1 (%2 pages) %3 — transfer note %4, quality check: %5</source>
        <translation>Abgelegt: %1 (%2 Seiten) %3 — Transfervermerk %4, Qualitätsprüfung: %5</translation>
    </message>
    <message>
        <source>--device-option needs NAME=VALUE, e.g. --device-option brightness=10.</source>
        <translation>--device-option braucht NAME=WERT, z. B. --device-option brightness=10.</translation>
    </message>
    <message>
        <source>separator sheet</source>
        <translation>Trennblatt</translation>
    </message>
    <message>
        <source>  date in the letter: %1</source>
        <translation>  Datum des Schreibens: %1</translation>
    </message>
    <message>
        <source>  named in the text: %1 %2 (%3)</source>
        <translation>  im Text genannt: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>separator-sheet needs --out FILE.</source>
        <translation>separator-sheet braucht --out DATEI.</translation>
    </message>
    <message>
        <source>Separator sheet (Aktenwerk)</source>
        <translation>Trennblatt (Aktenwerk)</translation>
    </message>
    <message>
        <source>Put this sheet in front of each letter in the scanner&apos;s feeder. It starts a new document and is not filed. Print it at 100 % (no fit to page); copies work as long as the bars stay black and sharp.</source>
        <translation>Legen Sie dieses Blatt im Einzug des Scanners vor jedes Schreiben. Es beginnt ein neues Dokument und wird nicht abgelegt. Drucken Sie es in 100 % (nicht an die Seite anpassen); Kopien gehen, solange die Balken schwarz und scharf bleiben.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Separator sheet written to %1.</source>
        <translation>Trennblatt nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events.</source>
        <translation>Das Prüfprotokoll ist unversehrt: %1 Ereignisse.</translation>
    </message>
    <message>
        <source>The head anchored on %1 (event %2) is still in it.</source>
        <translation>Der am %1 verwahrte Kopf (Ereignis %2) ist unverändert darin.</translation>
    </message>
    <message>
        <source>Head: event %1, %2</source>
        <translation>Kopf: Ereignis %1, %2</translation>
    </message>
    <message>
        <source>The head was added to %1; keep that file where the database&apos;s owner cannot change it.</source>
        <translation>Der Kopf wurde an %1 angehängt; bewahren Sie diese Datei dort auf, wo der Eigentümer der Datenbank sie nicht ändern kann.</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Ereignis %1 GEBROCHEN: %2</translation>
    </message>
    <message>
        <source>audit trail broken at event %1: %2</source>
        <translation>Prüfprotokoll bei Ereignis %1 gebrochen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>„%1“ ist keine Kennung.</translation>
    </message>
    <message>
        <source>(recorded offline at %1)</source>
        <translation>(offline erfasst am %1)</translation>
    </message>
    <message>
        <source>refused: %1 (%2)</source>
        <translation>abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use clerk, teamlead, records, admin or auditor.</source>
        <translation>Unbekannte Rolle „%1“: clerk, teamlead, records, admin oder auditor verwenden.</translation>
    </message>
    <message>
        <source>Scanning (SANE):
  devices                                the scanners found (waits at most 15 seconds)
  scan --device NAME [--source flatbed|adf|duplex] [--mode color|gray|bw] [--resolution DPI]
       [--case REF|UUID] [--max-pages N] [--split-on-blank] [--split-on-separator] [--out-dir DIR]
       [--device-option NAME=VALUE]...
                                         scan, OCR into a searchable PDF and file it with its
                                         transfer note (TR-RESISCAN) in the case or the intake;
                                         --split-on-blank / --split-on-separator: one document
                                         between blank sheets / printed separator sheets;
                                         --out-dir: only the pages, as PNG, into DIR
  separator-sheet --out FILE             a separator sheet to print (PDF) for --split-on-separator
</source>
        <translation>Scannen (SANE):
  devices                                die gefundenen Scanner (wartet höchstens 15 Sekunden)
  scan --device NAME [--source flatbed|adf|duplex] [--mode color|gray|bw] [--resolution DPI]
       [--case REF|UUID] [--max-pages N] [--split-on-blank] [--split-on-separator] [--out-dir DIR]
       [--device-option NAME=WERT]...
                                         scannen, per Texterkennung zu einem durchsuchbaren PDF machen und mit
                                         Transfervermerk (TR-RESISCAN) im Vorgang oder im Posteingang ablegen;
                                         --split-on-blank / --split-on-separator: je ein Dokument zwischen
                                         leeren Blättern / gedruckten Trennblättern;
                                         --out-dir ORDNER: nur die Seiten als PNG in ORDNER
  separator-sheet --out DATEI            ein Trennblatt zum Ausdrucken (PDF) für --split-on-separator
</translation>
    </message>
    <message>
        <source>The server&apos;s audit trail (auditors; the URL alone, or a login with --user and its password):
  server verify-audit --url URL [--user LOGIN [--password-stdin]] [--anchor FILE]
                                         check the whole hash chain; names the first broken event;
                                         --anchor: also against the last head kept in FILE, then
                                         append the current head to it (run it regularly)
  server audit --url URL --user LOGIN [--password-stdin] [--entity UUID] [--limit N]
                                         the events this login may read (the auditor: all)
</source>
        <translation>Prüfprotokoll des Servers (Revision; nur die URL oder eine Anmeldung mit --user und Passwort):
  server verify-audit --url URL [--user ANMELDENAME [--password-stdin]] [--anchor DATEI]
                                         die ganze Hash-Kette prüfen; nennt das erste gebrochene Ereignis;
                                         --anchor: auch gegen den letzten in DATEI verwahrten Kopf prüfen,
                                         dann den aktuellen Kopf anhängen (regelmäßig ausführen)
  server audit --url URL --user ANMELDENAME [--password-stdin] [--entity UUID] [--limit N]
                                         die Ereignisse, die diese Anmeldung lesen darf (Revision: alle)
</translation>
    </message>
    <message>
        <source>Options:
  --data-dir DIR   the data folder (default: %1)
  --json           machine-readable output on read commands
  --version        print the version

Exit codes: 0 success, 1 error, 2 wrong usage, 3 data folder in use, 4 verification failed.</source>
        <translation>Optionen:
  --data-dir ORDNER  Datenordner (Standard: %1)
  --json             maschinenlesbare Ausgabe bei lesenden Befehlen
  --version          Versionsnummer anzeigen

Rückgabewerte: 0 Erfolg, 1 Fehler, 2 falscher Aufruf, 3 Datenordner in Benutzung, 4 Prüfung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>rejected %1 needs the OP-ID that &quot;rejected&quot; lists.</source>
        <translation>rejected %1 braucht die VORGANGS-ID, die „rejected“ auflistet.</translation>
    </message>
    <message>
        <source>Queued again; it goes to the server with the next sync.</source>
        <translation>Erneut eingereiht; die Änderung geht mit dem nächsten Abgleich an den Server.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded: what the server refused was taken back here (%n record(s)).</source>
        <translation>
            <numerusform>Verworfen: Was der Server abgelehnt hat, wurde hier zurückgenommen (%n Eintrag).</numerusform>
            <numerusform>Verworfen: Was der Server abgelehnt hat, wurde hier zurückgenommen (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded; the server&apos;s state comes back with the next sync.</source>
        <translation>Verworfen; der Stand des Servers kommt mit dem nächsten Abgleich zurück.</translation>
    </message>
    <message>
        <source>Use &quot;rejected&quot;, &quot;rejected discard OP-ID&quot; or &quot;rejected resend OP-ID&quot;.</source>
        <translation>„rejected“, „rejected discard VORGANGS-ID“ oder „rejected resend VORGANGS-ID“ verwenden.</translation>
    </message>
    <message>
        <source>entered: %1</source>
        <translation>eingegeben: %1</translation>
    </message>
    <message>
        <source>made %1; refused: %2 (%3)</source>
        <translation>erstellt %1; abgelehnt: %2 (%3)</translation>
    </message>
    <message>
        <source>The server has refused nothing that waits for a decision.</source>
        <translation>Der Server hat nichts abgelehnt, das auf eine Entscheidung wartet.</translation>
    </message>
    <message>
        <source>Former reference (before the server): %1</source>
        <translation>Früheres Aktenzeichen (vor dem Server): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was also the reference of %2 %3, before the server numbered it.</source>
        <translation>„%1“ war auch das Zeichen von %2 %3, bevor der Server neu nummeriert hat.</translation>
    </message>
    <message>
        <source>What was made in this folder goes to the server with the next sync: %1 changes, %2 files (their references stay findable as former references); %3 plan units are the server&apos;s.</source>
        <translation>Was in diesem Ordner entstanden ist, geht mit dem nächsten Abgleich an den Server: %1 Änderungen, %2 Akten (ihre Aktenzeichen bleiben als frühere Zeichen auffindbar); %3 Aktenplaneinheiten sind die des Servers.</translation>
    </message>
    <message>
        <source>Working with the central repository:
  connect --url URL --user NAME [--password-stdin]   bind the data folder to the server (what was
                                         made here goes up; old references stay findable);
                                         the password goes to the keychain
  sync [--password-stdin]                send the changes made here, then receive the others&apos;
  status                                 waiting and refused changes, last sync, open conflicts
  conflicts                              field conflicts waiting for a decision
  resolve CONFLICT-ID --keep mine|theirs
  share FILE --department CODE [--until DATE]   let another department read the file
  unshare FILE --department CODE         end the share at once
  rejected [--json]                      changes the server refused, with its reason
  rejected discard OP-ID                 give a refused change up: the server&apos;s state comes back
                                         (something new that was refused is removed here)
  rejected resend OP-ID                  send a refused change again once its cause is fixed
</source>
        <translation>Arbeiten mit dem zentralen Server:
  connect --url URL --user NAME [--password-stdin]   Datenordner mit dem Server verbinden (was hier
                                         entstand, wird hochgeladen; alte Aktenzeichen bleiben auffindbar);
                                         das Passwort kommt in den Schlüsselbund
  sync [--password-stdin]                hier gemachte Änderungen senden, dann die der anderen empfangen
  status                                 wartende und abgelehnte Änderungen, letzter Abgleich, offene Konflikte
  conflicts                              Feldkonflikte, die auf eine Entscheidung warten
  resolve KONFLIKT-ID --keep mine|theirs
  share AKTE --department CODE [--until DATUM]   einem anderen Fachbereich die Akte zu lesen geben
  unshare AKTE --department CODE         die Freigabe sofort beenden
  rejected [--json]                      vom Server abgelehnte Änderungen mit seiner Begründung
  rejected discard VORGANGS-ID           abgelehnte Änderung verwerfen: der Stand des Servers kehrt zurück
                                         (abgelehntes Neues wird hier zurückgenommen)
  rejected resend VORGANGS-ID            abgelehnte Änderung erneut senden, wenn ihr Grund behoben ist
</translation>
    </message>
    <message>
        <source>Shared with department %1 until %2.</source>
        <translation>Freigegeben für Fachbereich %1 bis %2.</translation>
    </message>
    <message>
        <source>Shared with department %1.</source>
        <translation>Freigegeben für Fachbereich %1.</translation>
    </message>
    <message>
        <source>move needs a document or case and --to CASE|FILE.</source>
        <translation>move braucht ein Dokument oder einen Vorgang und --to VORGANG|AKTE.</translation>
    </message>
    <message>
        <source>Moved the case %1 into the file %2; its reference is now %3.</source>
        <translation>Vorgang %1 in die Akte %2 verschoben; sein Aktenzeichen ist jetzt %3.</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; into the case %2; its reference is now %3.</source>
        <translation>„%1“ in den Vorgang %2 verschoben; sein Zeichen ist jetzt %3.</translation>
    </message>
    <message>
        <source>Use &quot;volume create --file REF --title TEXT&quot; or &quot;volume list --file REF&quot;.</source>
        <translation>Aufruf: „volume create --file REF --title TEXT“ oder „volume list --file REF“.</translation>
    </message>
    <message>
        <source>Volume %1 &quot;%2&quot; created in %3.</source>
        <translation>Band %1 „%2“ in %3 angelegt.</translation>
    </message>
    <message>
        <source>Volume %1: %2</source>
        <translation>Band %1: %2</translation>
    </message>
    <message>
        <source>The file %1 has no volumes.</source>
        <translation>Die Akte %1 hat keine Bände.</translation>
    </message>
    <message>
        <source>share needs a file and --department CODE (and --until DATE, if it ends).</source>
        <translation>share braucht eine Akte und --department CODE (und --until DATUM, wenn die Freigabe enden soll).</translation>
    </message>
    <message>
        <source>unshare needs a file and --department CODE.</source>
        <translation>unshare braucht eine Akte und --department CODE.</translation>
    </message>
    <message>
        <source>--until takes a date such as 31.12.2026 or 2026-12-31.</source>
        <translation>--until erwartet ein Datum wie 31.12.2026 oder 2026-12-31.</translation>
    </message>
    <message>
        <source>The file %1 is no longer shared with department %2.</source>
        <translation>Die Akte %1 ist nicht mehr für Fachbereich %2 freigegeben.</translation>
    </message>
    <message>
        <source>The file %1 is shared with department %2 until %3.</source>
        <translation>Die Akte %1 ist bis %3 für Fachbereich %2 freigegeben.</translation>
    </message>
    <message>
        <source>The file %1 is shared with department %2 until the share is revoked.</source>
        <translation>Die Akte %1 ist für Fachbereich %2 freigegeben, bis die Freigabe zurückgenommen wird.</translation>
    </message>
    <message>
        <source>Nothing is deleted.</source>
        <translation>Nichts ist gelöscht.</translation>
    </message>
    <message>
        <source>restore needs what was deleted (REF|UUID, see &quot;deleted&quot;) and --reason TEXT.</source>
        <translation>restore braucht das Gelöschte (REF|UUID, siehe „deleted“) und --reason TEXT.</translation>
    </message>
    <message>
        <source>Nothing deleted is called %1 (see &quot;deleted&quot;).</source>
        <translation>Nichts Gelöschtes heißt %1 (siehe „deleted“).</translation>
    </message>
    <message>
        <source>%1 names more than one deleted record; give its UUID (see &quot;deleted&quot;).</source>
        <translation>%1 bezeichnet mehr als einen gelöschten Eintrag; geben Sie die UUID an (siehe „deleted“).</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>More files and cases match; add words or az:, fb:, status: to narrow them.</source>
        <translation>Weitere Akten und Vorgänge passen; mit weiteren Wörtern oder az:, fb:, status: eingrenzen.</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>Organisationseinheit %1 gespeichert.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>Benutzer %1 geändert.</translation>
    </message>
    <message>
        <source>Use &quot;server init&quot;, &quot;server add-department CODE NAME&quot;, &quot;server add-unit CODE&quot;, &quot;server add-user NAME&quot;, &quot;server set-user NAME&quot;, &quot;server verify-audit&quot; or &quot;server audit&quot;.</source>
        <translation>Verwenden Sie „server init“, „server add-department CODE NAME“, „server add-unit CODE“, „server add-user NAME“, „server set-user NAME“, „server verify-audit“ oder „server audit“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no %2 id.</source>
        <translation>„%1“ ist keine Kennung (%2).</translation>
    </message>
    <message>
        <source>Route %1 (%2), started by %3 on %4%5</source>
        <translation>Geschäftsgang %1 (%2), gestartet von %3 am %4%5</translation>
    </message>
    <message>
        <source>, template &quot;%1&quot;</source>
        <translation>, Vorlage „%1“</translation>
    </message>
    <message>
        <source>  routed version: SHA-256 %1</source>
        <translation>  Fassung im Geschäftsgang: SHA-256 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>%1 i. V. for %2</source>
        <translation>%1 i. V. für %2</translation>
    </message>
    <message>
        <source>route start needs --step ACTION=ADDRESSEE[,…][@DATE] (one or more) or --template NAME.</source>
        <translation>route start braucht --step AKTION=ADRESSAT[,…][@DATUM] (einmal oder öfter) oder --template NAME.</translation>
    </message>
    <message>
        <source>Route started for %1.</source>
        <translation>Geschäftsgang für %1 gestartet.</translation>
    </message>
    <message>
        <source>No route is known here for &quot;%1&quot; (sync to fetch the latest).</source>
        <translation>Hier ist kein Geschäftsgang zu „%1“ bekannt (ein Abgleich holt den neuesten Stand).</translation>
    </message>
    <message>
        <source>inbox takes no arguments.</source>
        <translation>inbox nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>The inbox is kept by the central repository: connect this data folder first.</source>
        <translation>Die Aufgaben führt der zentrale Server: Verbinden Sie diesen Datenordner zuerst.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Es wartet nichts auf Sie.</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>(für Sie nicht sichtbar)</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>ÜBERFÄLLIG %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>ohne Frist</translation>
    </message>
    <message>
        <source>resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Use &quot;step complete ID [--remark TEXT]&quot;, &quot;step return ID --remark TEXT&quot;, &quot;step skip ID --reason TEXT&quot; or &quot;step add ID [--after N] --step …&quot;.</source>
        <translation>Verwenden Sie „step complete ID [--remark TEXT]“, „step return ID --remark TEXT“, „step skip ID --reason TEXT“ oder „step add ID [--after N] --step …“.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step done.</source>
        <translation>Schritt erledigt.</translation>
    </message>
    <message>
        <source>step return needs --remark: say why the route goes back.</source>
        <translation>step return braucht --remark: Sagen Sie, warum der Geschäftsgang zurückgeht.</translation>
    </message>
    <message>
        <source>Route sent back; pending co-signatures are cancelled.</source>
        <translation>Geschäftsgang zurückgegeben; offene Mitzeichnungen entfallen.</translation>
    </message>
    <message>
        <source>step skip needs --reason.</source>
        <translation>step skip braucht --reason.</translation>
    </message>
    <message>
        <source>Step skipped.</source>
        <translation>Schritt übersprungen.</translation>
    </message>
    <message>
        <source>--after takes a step number.</source>
        <translation>--after nimmt eine Schrittnummer.</translation>
    </message>
    <message>
        <source>Steps added.</source>
        <translation>Schritte eingefügt.</translation>
    </message>
    <message>
        <source>deputy set needs --from YYYY-MM-DD and --to YYYY-MM-DD (and --deputy LOGIN).</source>
        <translation>deputy set braucht --from JJJJ-MM-TT und --to JJJJ-MM-TT (und --deputy LOGIN).</translation>
    </message>
    <message>
        <source>Absence %1 set: %2 to %3.</source>
        <translation>Abwesenheit %1 eingetragen: %2 bis %3.</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Absence withdrawn.</source>
        <translation>Abwesenheit zurückgenommen.</translation>
    </message>
    <message>
        <source>Use &quot;deputy set [--for LOGIN] --deputy LOGIN --from DATE --to DATE&quot; or &quot;deputy end ID&quot;.</source>
        <translation>Verwenden Sie „deputy set [--for LOGIN] --deputy LOGIN --from DATUM --to DATUM“ oder „deputy end ID“.</translation>
    </message>
    <message>
        <source>Resubmission done.</source>
        <translation>Wiedervorlage erledigt.</translation>
    </message>
    <message>
        <source>resubmit postpone needs --on YYYY-MM-DD and --reason TEXT.</source>
        <translation>resubmit postpone braucht --on JJJJ-MM-TT und --reason TEXT.</translation>
    </message>
    <message>
        <source>Resubmission moved to %1.</source>
        <translation>Wiedervorlage auf %1 verschoben.</translation>
    </message>
    <message>
        <source>Use &quot;resubmit REF --on DATE --reason TEXT [--repeat weekly|monthly] [--for OWNER]&quot;, &quot;resubmit done ID&quot; or &quot;resubmit postpone ID --on DATE --reason TEXT&quot;.</source>
        <translation>Verwenden Sie „resubmit REF --on DATUM --reason TEXT [--repeat weekly|monthly] [--for INHABER]“, „resubmit done ID“ oder „resubmit postpone ID --on DATUM --reason TEXT“.</translation>
    </message>
    <message>
        <source>resubmit needs --on YYYY-MM-DD and --reason TEXT.</source>
        <translation>resubmit braucht --on JJJJ-MM-TT und --reason TEXT.</translation>
    </message>
    <message>
        <source>Resubmission %1 set for %2.</source>
        <translation>Wiedervorlage %1 zum %2 gesetzt.</translation>
    </message>
    <message>
        <source>route print needs --out FILE.pdf.</source>
        <translation>route print braucht --out DATEI.pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Routing slip written to %1.</source>
        <translation>Laufzettel nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Routing (Geschäftsgang; decided by the central repository, the data folder connected):
  route start REF --step ACTION=ADDRESSEE[,ADDRESSEE…][@YYYY-MM-DD] …  | --template NAME
                                         route a document, case or file; steps in the order
                                         given, several addressees work in parallel; ACTION:
                                         kenntnisnahme, mitzeichnung, zeichnung, bearbeitung;
                                         ADDRESSEE: a login, unit:CODE or lead:CODE
  route show REF|ID                      the routes of an object (or one route) with their history
  route print REF|ID --out FILE.pdf      the routing slip (Laufzettel) of the newest route
  route template save NAME --step ACTION=ADDRESSEE[@+DAYS] … | route template list
                                         common routes of your department (team leads keep them)
  inbox                                  what waits for you: steps (mine, my units&apos;, those I
                                         stand in for, overdue ones of my team) and resubmissions
  step complete ID [--remark TEXT]       done (co-signed, signed, read, processed)
  step return ID --remark TEXT           send the route back: pending co-signatures are cancelled
  step skip ID --reason TEXT             skip a step (who started the route, or a team lead)
  step add ID [--after N] --step …       add steps after the current one
  deputy set [--for LOGIN] --deputy LOGIN --from DATE --to DATE | deputy end ID
                                         an absence and who stands in (&quot;i. V.&quot;)
  resubmit REF --on DATE --reason TEXT [--repeat weekly|monthly] [--for LOGIN|unit:CODE]
  resubmit done ID [--remark TEXT] | resubmit postpone ID --on DATE --reason TEXT
</source>
        <translation>Geschäftsgang (entscheidet der zentrale Server; der Datenordner muss verbunden sein):
  route start REF --step AKTION=ADRESSAT[,ADRESSAT…][@JJJJ-MM-TT] …  | --template NAME
                                         ein Dokument, einen Vorgang oder eine Akte in den
                                         Geschäftsgang geben; Schritte in der angegebenen Folge,
                                         mehrere Adressaten arbeiten parallel; AKTION:
                                         kenntnisnahme, mitzeichnung, zeichnung, bearbeitung;
                                         ADRESSAT: ein Login, unit:KÜRZEL oder lead:KÜRZEL
  route show REF|ID                      die Geschäftsgänge eines Eintrags (oder einer) mit Verlauf
  route print REF|ID --out DATEI.pdf     der Laufzettel des neuesten Geschäftsgangs
  route template save NAME --step AKTION=ADRESSAT[@+TAGE] … | route template list
                                         Vorlagen Ihres Fachbereichs (pflegt die Leitung)
  inbox                                  was auf Sie wartet: Schritte (meine, die meiner Einheiten,
                                         die Vertretener, überfällige meines Teams) und Wiedervorlagen
  step complete ID [--remark TEXT]       erledigt (mitgezeichnet, gezeichnet, gelesen, bearbeitet)
  step return ID --remark TEXT           Geschäftsgang zurückgeben: offene Mitzeichnungen entfallen
  step skip ID --reason TEXT             einen Schritt überspringen (wer startete, oder die Leitung)
  step add ID [--after N] --step …       Schritte nach dem laufenden einfügen
  deputy set [--for LOGIN] --deputy LOGIN --from DATUM --to DATUM | deputy end ID
                                         Abwesenheit und Vertretung („i. V.“)
  resubmit REF --on DATUM --reason TEXT [--repeat weekly|monthly] [--for LOGIN|unit:KÜRZEL]
  resubmit done ID [--remark TEXT] | resubmit postpone ID --on DATUM --reason TEXT
</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Use &quot;route start REF --step …|--template NAME&quot;, &quot;route show REF|ID&quot;, &quot;route print REF|ID --out FILE.pdf&quot; or &quot;route template save NAME --step …|list&quot;.</source>
        <translation>Verwenden Sie „route start REF --step …|--template NAME“, „route show REF|ID“, „route print REF|ID --out DATEI.pdf“ oder „route template save NAME --step …|list“.</translation>
    </message>
    <message>
        <source>server set-grace takes a number of days.</source>
        <translation>server set-grace nimmt eine Zahl von Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue steps of department %1 go to the team lead %n day(s) after their deadline.</source>
        <translation>
            <numerusform>Überfällige Schritte des Fachbereichs %1 gehen %n Tag nach ihrer Frist auch an die Leitung.</numerusform>
            <numerusform>Überfällige Schritte des Fachbereichs %1 gehen %n Tage nach ihrer Frist auch an die Leitung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue steps go to the team lead %n day(s) after their deadline.</source>
        <translation>
            <numerusform>Überfällige Schritte gehen %n Tag nach ihrer Frist auch an die Leitung.</numerusform>
            <numerusform>Überfällige Schritte gehen %n Tage nach ihrer Frist auch an die Leitung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: closed (z.d.A.) on %2 by %3%4</source>
        <translation>%1: abgeschlossen (z.d.A.) am %2 von %3%4</translation>
    </message>
    <message>
        <source>  last reopened by %1 on %2: „%3“</source>
        <translation>  zuletzt wieder geöffnet von %1 am %2: „%3“</translation>
    </message>
    <message>
        <source>  retention: %1%2; disposal: %3%4</source>
        <translation>  Aufbewahrung: %1%2; Aussonderung: %3%4</translation>
    </message>
    <message>
        <source> (the file&apos;s own)</source>
        <translation> (eigene der Akte)</translation>
    </message>
    <message>
        <source> (file plan)</source>
        <translation> (Aktenplan)</translation>
    </message>
    <message>
        <source>  reason for its own retention: „%1“</source>
        <translation>  Grund der eigenen Aufbewahrung: „%1“</translation>
    </message>
    <message>
        <source>  retention ends on %1</source>
        <translation>  Aufbewahrung endet am %1</translation>
    </message>
    <message>
        <source>  legal hold since %1 by %2: „%3“  [%4]</source>
        <translation>  Aussonderungssperre seit %1 von %2: „%3“  [%4]</translation>
    </message>
    <message>
        <source>  legal hold lifted on %1 by %2: „%3“</source>
        <translation>  Aussonderungssperre aufgehoben am %1 von %2: „%3“</translation>
    </message>
    <message>
        <source>Use &quot;close REF [--date YYYY-MM-DD] [--reason TEXT] [--with-cases]&quot;.</source>
        <translation>Aufruf: „close REF [--date JJJJ-MM-TT] [--reason TEXT] [--with-cases]“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: write YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Add --with-cases to close them with the file.</source>
        <translation>Mit --with-cases werden sie mit der Akte abgeschlossen.</translation>
    </message>
    <message>
        <source>Closed (z.d.A.).</source>
        <translation>Abgeschlossen (z.d.A.).</translation>
    </message>
    <message>
        <source>Use &quot;reopen REF --reason TEXT&quot;: reopening needs a reason.</source>
        <translation>Aufruf: „reopen REF --reason TEXT“: Das Wiederöffnen braucht einen Grund.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Wieder geöffnet.</translation>
    </message>
    <message>
        <source>Use &quot;retention REF&quot; to show it, or &quot;retention FILE --years N|--unlimited|--from-plan [--disposal A|B|V] --reason TEXT&quot;.</source>
        <translation>Aufruf: „retention REF“ zeigt sie, „retention AKTE --years N|--unlimited|--from-plan [--disposal A|B|V] --reason TEXT“ legt sie fest.</translation>
    </message>
    <message>
        <source>Give one of --years N, --unlimited and --from-plan.</source>
        <translation>Geben Sie eines von --years N, --unlimited und --from-plan an.</translation>
    </message>
    <message>
        <source>A file&apos;s own retention needs --reason TEXT.</source>
        <translation>Eine eigene Aufbewahrung der Akte braucht --reason TEXT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no number of years (0–999).</source>
        <translation>„%1“ ist keine Zahl von Jahren (0–999).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no disposal type: A, B or V.</source>
        <translation>„%1“ ist keine Aussonderungsart: A, B oder V.</translation>
    </message>
    <message>
        <source>Retention set.</source>
        <translation>Aufbewahrung festgelegt.</translation>
    </message>
    <message>
        <source>Use &quot;hold FILE --reason TEXT&quot;: a legal hold needs a reason.</source>
        <translation>Aufruf: „hold AKTE --reason TEXT“: Eine Aussonderungssperre braucht einen Grund.</translation>
    </message>
    <message>
        <source>Legal hold set: nothing of the file may be disposed of until it is lifted.</source>
        <translation>Aussonderungssperre gesetzt: Nichts von der Akte darf ausgesondert werden, bis sie aufgehoben ist.</translation>
    </message>
    <message>
        <source>Use &quot;release-hold FILE --reason TEXT&quot;: lifting a hold needs a reason.</source>
        <translation>Aufruf: „release-hold AKTE --reason TEXT“: Das Aufheben einer Sperre braucht einen Grund.</translation>
    </message>
    <message>
        <source>%1 has no legal hold.</source>
        <translation>%1 hat keine Aussonderungssperre.</translation>
    </message>
    <message>
        <source>Legal hold lifted.</source>
        <translation>Aussonderungssperre aufgehoben.</translation>
    </message>
    <message>
        <source>%1  %2  closed %3, retention %4 until %5  → %6</source>
        <translation>%1  %2  abgeschlossen %3, Aufbewahrung %4 bis %5  → %6</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) due for disposal by %1 (without legal hold).</source>
        <translation>
            <numerusform>%n Akte zum %1 zur Aussonderung fällig (ohne Sperre).</numerusform>
            <numerusform>%n Akten zum %1 zur Aussonderung fällig (ohne Sperre).</numerusform>
        </translation>
    </message>
    <message>
        <source>Central repository (administrators; URL: the database owner&apos;s libpq URL):
  server init --url URL                  create or update the repository schema
  server add-department --url URL CODE NAME [--confidentiality LEVEL]
  server add-user --url URL NAME --department CODE --role clerk|teamlead|records|admin|auditor
              [--name DISPLAY-NAME] [--records-for CODE,…] --password-stdin
  server add-unit --url URL CODE --name NAME [--parent CODE] [--department CODE]
              [--standing-deputy LOGIN]   add or change an organisation unit (Abteilung, team)
  server set-user --url URL NAME [--unit CODE] [--department CODE] [--role ROLE,…]
              [--records-for CODE,…]     a records officer keeps the closed files of these too
  server set-grace --url URL [--department CODE] DAYS
                                         days after a deadline before an open step escalates
</source>
        <translation>Zentraler Server (Administration; URL: libpq-URL des Eigentümers der Datenbank):
  server init --url URL                  Schema des zentralen Servers anlegen oder aktualisieren
  server add-department --url URL CODE NAME [--confidentiality STUFE]
  server add-user --url URL NAME --department CODE --role clerk|teamlead|records|admin|auditor
              [--name ANZEIGENAME] [--records-for CODE,…] --password-stdin
  server add-unit --url URL CODE --name NAME [--parent CODE] [--department CODE]
              [--standing-deputy LOGIN]   Organisationseinheit (Abteilung, Team) anlegen oder ändern
  server set-user --url URL NAME [--unit CODE] [--department CODE] [--role ROLLE,…]
              [--records-for CODE,…]     Registratur: verwaltet auch die geschlossenen Akten dieser Fachbereiche
  server set-grace --url URL [--department CODE] TAGE
                                         Tage nach der Frist, bis ein offener Schritt eskaliert
</translation>
    </message>
    <message>
        <source>Use &quot;archive offer FILE... --out DIR [--sender NAME] [--unit NAME] [--archive NAME]&quot;.</source>
        <translation>Verwenden Sie „archive offer AKTE... --out ORDNER [--sender NAME] [--unit NAME] [--archive NAME]“.</translation>
    </message>
    <message numerus="yes">
        <source>Offered %n file(s) to the archive: process %1.</source>
        <translation>
            <numerusform>%n Akte dem Archiv angeboten: Aussonderung %1.</numerusform>
            <numerusform>%n Akten dem Archiv angeboten: Aussonderung %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer list (0501): %1</source>
        <translation>Anbieteverzeichnis (0501): %1</translation>
    </message>
    <message>
        <source>There is no disposal process %1.</source>
        <translation>Es gibt keine Aussonderung %1.</translation>
    </message>
    <message>
        <source>No disposal processes.</source>
        <translation>Keine Aussonderungen.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>Appraisal (0502) of process %1 read in: %2 to the archive, %3 to be destroyed.</source>
        <translation>Bewertungsverzeichnis (0502) der Aussonderung %1 eingelesen: %2 an das Archiv, %3 zu vernichten.</translation>
    </message>
    <message>
        <source>The archive confirms receipt of the offer (0504) of process %1.</source>
        <translation>Das Archiv bestätigt den Empfang der Anbietung (0504) der Aussonderung %1.</translation>
    </message>
    <message>
        <source>Use &quot;archive import CONTAINER.zip [--out DIR]&quot;.</source>
        <translation>Verwenden Sie „archive import CONTAINER.zip [--out ORDNER]“.</translation>
    </message>
    <message>
        <source>Confirmation of the appraisal (0505): %1</source>
        <translation>Bestätigung der Bewertung (0505): %1</translation>
    </message>
    <message>
        <source>Use &quot;archive transfer PROCESS --out DIR&quot; (PROCESS: the ProzessID).</source>
        <translation>Verwenden Sie „archive transfer PROZESS --out ORDNER“ (PROZESS: die ProzessID).</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n file(s) to the archive (0503): %1</source>
        <translation>
            <numerusform>%n Akte an das Archiv abgegeben (0503): %1</numerusform>
            <numerusform>%n Akten an das Archiv abgegeben (0503): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &quot;archive offer FILE... --out DIR&quot;, &quot;archive import CONTAINER.zip&quot;, &quot;archive transfer PROCESS --out DIR&quot; or &quot;archive status [PROCESS]&quot;.</source>
        <translation>Verwenden Sie „archive offer AKTE... --out ORDNER“, „archive import CONTAINER.zip“, „archive transfer PROZESS --out ORDNER“ oder „archive status [PROZESS]“.</translation>
    </message>
    <message>
        <source>The archive confirms receipt of the transfer (0507) of process %1.</source>
        <translation>Das Archiv bestätigt den Empfang der Abgabe (0507) der Aussonderung %1.</translation>
    </message>
    <message>
        <source>Taken over by the archive (0506): %1 as „%2“</source>
        <translation>Vom Archiv übernommen (0506): %1 als „%2“</translation>
    </message>
    <message>
        <source>Not taken over by the archive (0506): %1</source>
        <translation>Vom Archiv nicht übernommen (0506): %1</translation>
    </message>
    <message>
        <source>Usage: aktenwerk-cli [--data-dir DIR] COMMAND [OPTIONS] [--json]

Commands:
  init                                   create the data folder and its index
  demo                                   fill an empty data folder with the example plan and files
  plan import FILE                       import a file plan (CSV, JSON or xdomea 0301)
  plan export --out FILE.xml [--title TEXT] [--sender NAME]
                                         the file plan as xdomea 0301 (checked against the schema)
  plan list                              list the file plan
  department list                        list the departments
  department add CODE --name NAME [--confidentiality LEVEL]
  types [--department CODE]              list the metadata types and their fields
  file create --plan CODE --title TEXT [--department CODE] [--type TYPE]
              [--confidentiality LEVEL] [--year YYYY] [FIELD=VALUE...]
                                         create a file; prints its reference
  case create --file REF|UUID --title TEXT [--type TYPE] [FIELD=VALUE...]
  list [--file REF|UUID]                 files; with --file its cases and documents
  show REF|UUID                          a plan unit, file, case or document
  set REF|UUID FIELD=VALUE...            change the title, type or metadata
  history REF|UUID                       the field changes of a file, case or document
  add --case REF|UUID PATH...            store files as documents of a case
  import [--case REF|UUID] [--link-duplicates] [--no-ocr] PATH...
                                         files and folders into a case or the intake; per file:
                                         ok, duplicate, stored-without-text (why) or failed (why);
                                         an e-mail (.eml) with its attachments as linked documents;
                                         --link-duplicates: a duplicate of a document in another
                                         case becomes a reference (Verweis) to it in this case;
                                         images and PDFs without text get OCR (version 2, a
                                         searchable PDF) unless --no-ocr or config ocr.on_import off
  intake list                            documents in the intake (not yet filed)
  file-into DOC --case REF|UUID          file a document from the intake into a case
  watch FOLDER [--once]                  import what a scanner puts into FOLDER into the intake;
                                         imported files move to FOLDER/.aktenwerk/erledigt
  get DOC [--version N] --out FILE       write a document&apos;s content (a version of it), verified
  versions DOC                           every version: number, time, author, origin, size, hash
  checkout DOC                           check out for editing; prints the working copy&apos;s path
  checkin DOC [FILE] [--comment TEXT]    the saved working copy (or FILE) as the next version;
                                         unchanged content makes no version
  cancel-checkout DOC                    end the check-out; the working copy is discarded
  restore DOC --version N                an old version&apos;s content as the next version
  break-lock DOC                         end someone else&apos;s check-out (team lead, administrator)
  ocr DOC [--page N]                     OCR (Tesseract, deu+eng) of an image or a PDF without text:
                                         a searchable PDF as the next version; prints each page&apos;s
                                         confidence and flags low ones; --page N: that page again
  delete REF|UUID --reason TEXT          delete (tombstone) a document, an empty case or file
  deleted [--limit N]                    what was deleted (the recycle bin), newest first
  restore REF|UUID --reason TEXT         bring back something deleted (its case or file first)
  move DOC --to CASE | move CASE --to FILE
                                         a document gets the next number in the case, a case
                                         the next reference in the file (the old one stays findable)
  volume create --file REF --title TEXT | volume list --file REF
                                         volumes (Bände) of a file
  config get KEY | config set KEY VALUE  settings, e.g. reference.file_template, ocr.on_import
  verify                                 check the index, every content hash and the audit chain
  audit [--entity REF|UUID] [--limit N]  the audit trail
  search QUERY [--limit N]               full-text search (words, &quot;phrases&quot;, pre*, ODER/OR,
                                         NICHT/NOT/-word, az: titel: typ: fb: status:offen|geschlossen
                                         absender: jahr: von: bis: — or title: type: dept: ...)
  reindex                                rebuild the full-text index
</source>
        <translation>Aufruf: aktenwerk-cli [--data-dir ORDNER] BEFEHL [OPTIONEN] [--json]

Befehle:
  init                                   Datenordner und lokalen Index anlegen
  demo                                   leeren Datenordner mit Beispiel-Aktenplan und -Akten füllen
  plan import DATEI                      Aktenplan importieren (CSV, JSON oder xdomea 0301)
  plan export --out DATEI.xml [--title TEXT] [--sender NAME]
                                         den Aktenplan als xdomea 0301 (gegen das Schema geprüft)
  plan list                              Aktenplan anzeigen
  department list                        Fachbereiche anzeigen
  department add CODE --name NAME [--confidentiality STUFE]
  types [--department CODE]              Metadatentypen und ihre Felder anzeigen
  file create --plan CODE --title TEXT [--department CODE] [--type TYP]
              [--confidentiality STUFE] [--year JJJJ] [FELD=WERT...]
                                         Akte anlegen; gibt das Aktenzeichen aus
  case create --file REF|UUID --title TEXT [--type TYP] [FELD=WERT...]
  list [--file REF|UUID]                 Akten; mit --file deren Vorgänge und Dokumente
  show REF|UUID                          Aktenplaneinheit, Akte, Vorgang oder Dokument anzeigen
  set REF|UUID FELD=WERT...              Titel, Typ oder Metadaten ändern
  history REF|UUID                       Feldänderungen einer Akte, eines Vorgangs oder Dokuments
  add --case REF|UUID PFAD...            Dateien als Dokumente eines Vorgangs speichern
  import [--case REF|UUID] [--link-duplicates] [--no-ocr] PFAD...
                                         Dateien und Ordner in einen Vorgang oder den Posteingang; je Datei:
                                         ok, duplicate (schon vorhanden), stored-without-text (warum) oder failed (warum);
                                         eine E-Mail (.eml) mit ihren Anhängen als verknüpfte Dokumente;
                                         --link-duplicates: ein Duplikat eines Dokuments in einem anderen
                                         Vorgang wird hier ein Verweis darauf;
                                         Bilder und PDFs ohne Text werden erkannt (OCR: Version 2, ein
                                         durchsuchbares PDF), außer mit --no-ocr oder config ocr.on_import off
  intake list                            Dokumente im Posteingang (noch nicht zugeordnet)
  file-into DOK --case REF|UUID          ein Dokument aus dem Posteingang einem Vorgang zuordnen
  watch ORDNER [--once]                  was ein Scanner in ORDNER ablegt, in den Posteingang übernehmen;
                                         übernommene Dateien wandern nach ORDNER/.aktenwerk/erledigt
  get DOK [--version N] --out DATEI      Inhalt eines Dokuments (einer Version davon) geprüft in DATEI schreiben
  versions DOK                           alle Versionen: Nummer, Zeit, Autor, Herkunft, Größe, Prüfsumme
  checkout DOK                           zum Bearbeiten auschecken; gibt den Pfad der Arbeitskopie aus
  checkin DOK [DATEI] [--comment TEXT]   die gespeicherte Arbeitskopie (oder DATEI) als nächste Version;
                                         unveränderter Inhalt ergibt keine Version
  cancel-checkout DOK                    Auschecken abbrechen; die Arbeitskopie wird verworfen
  restore DOK --version N                Inhalt einer früheren Version als nächste Version
  break-lock DOK                         das Auschecken einer anderen Person aufheben (Teamleitung, Administration)
  ocr DOK [--page N]                     Texterkennung (Tesseract, deu+eng) eines Bildes oder eines PDF ohne Text:
                                         ein durchsuchbares PDF als nächste Version; zeigt die Erkennungsgüte
                                         jeder Seite und markiert niedrige; --page N: nur diese Seite erneut
  delete REF|UUID --reason TEXT          Dokument, leeren Vorgang oder leere Akte löschen
                                         (bleibt als gelöscht markiert erhalten)
  deleted [--limit N]                    Gelöschtes (der Papierkorb), das Neueste zuerst
  restore REF|UUID --reason TEXT         Gelöschtes zurückholen (zuerst seinen Vorgang oder seine Akte)
  move DOK --to VORGANG | move VORGANG --to AKTE
                                         ein Dokument erhält die nächste Nummer im Vorgang, ein Vorgang das
                                         nächste Aktenzeichen in der Akte (das alte bleibt auffindbar)
  volume create --file REF --title TEXT | volume list --file REF
                                         Bände einer Akte
  config get SCHLÜSSEL                   Einstellung anzeigen, z. B. reference.file_template, ocr.on_import
  config set SCHLÜSSEL WERT              Einstellung ändern
  verify                                 Index, alle Prüfsummen und das Prüfprotokoll prüfen
  audit [--entity REF|UUID] [--limit N]  Protokoll anzeigen
  search ANFRAGE [--limit N]             Volltextsuche (Wörter, &quot;Wortfolgen&quot;, anf*, ODER/OR,
                                         NICHT/NOT/-Wort, az: titel: typ: fb: status:offen|geschlossen
                                         absender: jahr: von: bis: — oder title: type: dept: ...)
  reindex                                den Suchindex neu aufbauen
</translation>
    </message>
    <message>
        <source>Use &quot;plan export --out FILE.xml [--title TEXT] [--sender NAME]&quot;.</source>
        <translation>Verwenden Sie „plan export --out DATEI.xml [--title TEXT] [--sender NAME]“.</translation>
    </message>
    <message numerus="yes">
        <source>File plan exported (xdomea 0301): %n unit(s) in %1</source>
        <translation>
            <numerusform>Aktenplan ausgegeben (xdomea 0301): %n Einheit in %1</numerusform>
            <numerusform>Aktenplan ausgegeben (xdomea 0301): %n Einheiten in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Records management (decided by the central repository, the data folder connected):
  close REF [--date YYYY-MM-DD] [--reason TEXT] [--with-cases]
                                         z.d.A. of a file or case (not after today); a file&apos;s
                                         open cases only with --with-cases; retention starts
  reopen REF --reason TEXT               open a closed file or case again
  retention REF                          closing, retention (its end), disposal type, holds
  retention FILE --years N|--unlimited|--from-plan [--disposal A|B|V] --reason TEXT
                                         the file&apos;s own retention (team leads, records officers)
  hold FILE --reason TEXT                legal hold: nothing of it is disposed of (records officers)
  release-hold FILE --reason TEXT        lift the file&apos;s legal hold
  disposal list [--due-before DATE] [--disposal A|B|V] [--department CODE] [--out FILE.csv|.pdf]
                                         closed files whose retention has ended, without hold
</source>
        <translation>Schriftgutverwaltung (entscheidet die zentrale Ablage, der Datenordner verbunden):
  close REF [--date JJJJ-MM-TT] [--reason TEXT] [--with-cases]
                                         z.d.A. einer Akte oder eines Vorgangs (nicht nach heute);
                                         offene Vorgänge einer Akte nur mit --with-cases; die
                                         Aufbewahrungsfrist beginnt
  reopen REF --reason TEXT               eine abgeschlossene Akte oder einen Vorgang wieder öffnen
  retention REF                          Abschluss, Aufbewahrung (ihr Ende), Aussonderungsart, Sperren
  retention AKTE --years N|--unlimited|--from-plan [--disposal A|B|V] --reason TEXT
                                         eigene Aufbewahrung der Akte (Teamleitungen, Registratur)
  hold AKTE --reason TEXT                Aussonderungssperre: nichts davon wird ausgesondert (Registratur)
  release-hold AKTE --reason TEXT        die Sperre der Akte aufheben
  disposal list [--due-before DATUM] [--disposal A|B|V] [--department CODE] [--out DATEI.csv|.pdf]
                                         abgeschlossene Akten mit abgelaufener Aufbewahrung, ohne Sperre
</translation>
    </message>
    <message>
        <source>Use &quot;disposal list [--due-before YYYY-MM-DD] [--disposal A|B|V] [--department CODE] [--out FILE.csv|FILE.pdf] [--json]&quot;.</source>
        <translation>Aufruf: „disposal list [--due-before JJJJ-MM-TT] [--disposal A|B|V] [--department CODE] [--out DATEI.csv|DATEI.pdf] [--json]“.</translation>
    </message>
    <message>
        <source>, department %1</source>
        <translation>, Fachbereich %1</translation>
    </message>
    <message>
        <source>, disposal type %1</source>
        <translation>, Aussonderungsart %1</translation>
    </message>
    <message>
        <source>Use &quot;archive transfer FILE... --direct --out DIR&quot;.</source>
        <translation>Verwenden Sie „archive transfer AKTE... --direct --out ORDNER“.</translation>
    </message>
    <message>
        <source>The hand-over to the archive (xdomea 3.1; records officers, decided by the central repository):
  archive offer FILE... --out DIR [--sender NAME] [--unit NAME] [--archive NAME]
                                         offer due files: &lt;ProzessID&gt;_…Anbieteverzeichnis.0501.zip
  archive import CONTAINER.zip [--out DIR]
                                         read in the archive&apos;s answer: receipt (0504), appraisal
                                         (0502), receipt (0507) and import confirmation (0506);
                                         with --out, confirm the appraisal (0505) there
  archive transfer PROCESS --out DIR     hand over what the archive appraised A (0503): metadata,
                                         every version&apos;s original and a PDF/A rendition of PDFs
  archive transfer FILE... --direct --out DIR
                                         the two-stage route: due files classed A go at once (0503)
  archive status [PROCESS] [--json]      the disposal processes and their messages
</source>
        <translation>Aussonderung an das Archiv (xdomea 3.1; Registratur, entschieden vom zentralen Server):
  archive offer AKTE... --out ORDNER [--sender NAME] [--unit NAME] [--archive NAME]
                                         fällige Akten anbieten: &lt;ProzessID&gt;_…Anbieteverzeichnis.0501.zip
  archive import CONTAINER.zip [--out ORDNER]
                                         die Antwort des Archivs einlesen: Empfang (0504), Bewertung
                                         (0502), Empfang (0507) und Importbestätigung (0506);
                                         mit --out die Bewertung dort bestätigen (0505)
  archive transfer PROZESS --out ORDNER  abgeben, was das Archiv mit A bewertet hat (0503): Metadaten,
                                         das Original jeder Version und eine PDF/A-Fassung von PDFs
  archive transfer AKTE... --direct --out ORDNER
                                         zweistufig: fällige Akten mit Aussonderungsart A sofort (0503)
  archive status [PROZESS] [--json]      die Aussonderungen und ihre Nachrichten
</translation>
    </message>
    <message>
        <source>Destruction (records officers; four eyes, decided by the central repository):
  destroy propose PROCESS|FILE... [--reason TEXT] [--json]
                                         propose what may go: appraised V and confirmed, taken
                                         over by the archive (0506), or classed V and never offered
  destroy list [--all] [--json]          the proposals waiting for a decision (--all: every one)
  destroy approve ID [--remark TEXT]     a second records officer approves: the files, their
                                         content and index entries go, a deletion record stays
  destroy reject ID --remark TEXT        reject a proposal, or withdraw one&apos;s own
  deletion-records [--json]              what was destroyed, why, by whose decision
</source>
        <translation>Vernichtung (Registratur; Vier-Augen-Prinzip, entschieden vom zentralen Repository):
  destroy propose PROZESS|AKTE... [--reason TEXT] [--json]
                                         vorschlagen, was gehen darf: als V bewertet und bestätigt,
                                         vom Archiv übernommen (0506) oder als V eingestuft, nie angeboten
  destroy list [--all] [--json]          die Vorschläge, die auf eine Entscheidung warten (--all: alle)
  destroy approve ID [--remark TEXT]     eine zweite Person der Registratur gibt frei: Akten, Inhalte
                                         und Indexeinträge gehen, ein Löschnachweis bleibt
  destroy reject ID --remark TEXT        einen Vorschlag ablehnen oder den eigenen zurückziehen
  deletion-records [--json]              was vernichtet wurde, warum, auf wessen Entscheidung
</translation>
    </message>
    <message>
        <source>taken over by the archive as „%1“</source>
        <translation>vom Archiv übernommen als „%1“</translation>
    </message>
    <message>
        <source>Use &quot;destroy propose PROCESS|FILE... [--reason TEXT]&quot;.</source>
        <translation>Aufruf: „destroy propose PROZESS|AKTE... [--reason TEXT]“.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed for destruction: %n file(s).</source>
        <translation>
            <numerusform>Zur Vernichtung vorgeschlagen: %n Akte.</numerusform>
            <numerusform>Zur Vernichtung vorgeschlagen: %n Akten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another records officer decides: destroy approve %1</source>
        <translation>Eine andere Person der Registratur entscheidet: destroy approve %1</translation>
    </message>
    <message>
        <source>Use &quot;destroy approve ID [--remark TEXT]&quot;.</source>
        <translation>Aufruf: „destroy approve ID [--remark TEXT]“.</translation>
    </message>
    <message>
        <source>Use &quot;destroy reject ID --remark TEXT&quot;.</source>
        <translation>Aufruf: „destroy reject ID --remark TEXT“.</translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation>Vorschlag %1 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Destroyed %n file(s); a deletion record is kept for each (deletion-records).</source>
        <translation>
            <numerusform>%n Akte vernichtet; ein Löschnachweis bleibt (deletion-records).</numerusform>
            <numerusform>%n Akten vernichtet; für jede bleibt ein Löschnachweis (deletion-records).</numerusform>
        </translation>
    </message>
    <message>
        <source>No destruction proposals.</source>
        <translation>Keine Vernichtungsvorschläge.</translation>
    </message>
    <message>
        <source>No destruction proposal waits for a decision.</source>
        <translation>Kein Vernichtungsvorschlag wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>%1  proposed by %2 on %3 (%4)</source>
        <translation>%1  vorgeschlagen von %2 am %3 (%4)</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>Use &quot;destroy propose PROCESS|FILE...&quot;, &quot;destroy list&quot;, &quot;destroy approve ID&quot; or &quot;destroy reject ID --remark TEXT&quot;.</source>
        <translation>Aufruf: „destroy propose PROZESS|AKTE...“, „destroy list“, „destroy approve ID“ oder „destroy reject ID --remark TEXT“.</translation>
    </message>
    <message>
        <source>Use &quot;deletion-records [--json]&quot;.</source>
        <translation>Aufruf: „deletion-records [--json]“.</translation>
    </message>
    <message>
        <source>No deletion records.</source>
        <translation>Keine Löschnachweise.</translation>
    </message>
    <message>
        <source>  destroyed %1: proposed by %2, approved by %3</source>
        <translation>  vernichtet %1: vorgeschlagen von %2, freigegeben von %3</translation>
    </message>
    <message>
        <source>  runtime %1 – %2, retention until %3; %4</source>
        <translation>  Laufzeit %1 – %2, aufzubewahren bis %3; %4</translation>
    </message>
    <message>
        <source>appraised V (destroy)</source>
        <translation>als V (vernichten) bewertet</translation>
    </message>
    <message>
        <source>  %1 case(s), %2 document(s), %3 version(s); %4 of %5 content(s) removed, the rest still used</source>
        <translation>  %1 Vorgang/Vorgänge, %2 Dokument(e), %3 Version(en); %4 von %5 Inhalt(en) entfernt, der Rest wird noch verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) destroyed on the central repository: removed here with their content.</source>
        <translation>
            <numerusform>%n Akte wurde im zentralen Repository vernichtet: hier mit ihren Inhalten entfernt.</numerusform>
            <numerusform>%n Akten wurden im zentralen Repository vernichtet: hier mit ihren Inhalten entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %n file(s), %2, started by %3</source>
        <translation>
            <numerusform>%1  %n Akte, %2, begonnen von %3</numerusform>
            <numerusform>%1  %n Akten, %2, begonnen von %3</numerusform>
        </translation>
    </message>
    <message>
        <source>  next: %1</source>
        <translation>  als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::AbsenceDialog</name>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>Absent from</source>
        <translation>Abwesend ab</translation>
    </message>
    <message>
        <source>Absent until</source>
        <translation>Abwesend bis</translation>
    </message>
    <message>
        <source>Absence and deputy</source>
        <translation>Abwesenheit und Vertretung</translation>
    </message>
    <message>
        <source>&amp;Current and coming absences:</source>
        <translation>&amp;Laufende und kommende Abwesenheiten:</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Current and coming absences</source>
        <translation>Laufende und kommende Abwesenheiten</translation>
    </message>
    <message>
        <source>standing deputy of the unit</source>
        <translation>ständige Vertretung der Einheit</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>End the selected absence now</source>
        <translation>Die gewählte Abwesenheit jetzt beenden</translation>
    </message>
    <message>
        <source>Absent person</source>
        <translation>Abwesende Person</translation>
    </message>
    <message>
        <source>Yourself; an administrator may enter someone else&apos;s login</source>
        <translation>Sie selbst; die Administration darf die Kennung einer anderen Person eintragen</translation>
    </message>
    <message>
        <source>login; empty: the standing deputy of your unit</source>
        <translation>Kennung; leer: die ständige Vertretung Ihrer Einheit</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Neue Abwesenheit</translation>
    </message>
    <message>
        <source>&amp;Absent:</source>
        <translation>Ab&amp;wesend:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>Ve&amp;rtretung:</translation>
    </message>
    <message>
        <source>While you are away, your deputy sees your steps in their tasks and acts &quot;i. V.&quot;; both names are recorded.</source>
        <translation>Während Ihrer Abwesenheit sieht Ihre Vertretung Ihre Schritte in ihren Aufgaben und handelt „i. V.“; beide Namen werden festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Set absence</source>
        <translation>Abwesenheit &amp;eintragen</translation>
    </message>
    <message>
        <source>Say who is absent.</source>
        <translation>Geben Sie an, wer abwesend ist.</translation>
    </message>
    <message>
        <source>The absence ends before it begins.</source>
        <translation>Die Abwesenheit endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The absence is over already.</source>
        <translation>Die Abwesenheit ist schon vorbei.</translation>
    </message>
    <message>
        <source>Nobody can stand in for themselves.</source>
        <translation>Niemand kann sich selbst vertreten.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::AddStepDialog</name>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Beteiligungsart</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>login, unit:CODE or lead:CODE</source>
        <translation>Login, unit:KÜRZEL oder lead:KÜRZEL</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::Breadcrumb</name>
    <message>
        <source>Location</source>
        <translation>Navigationspfad</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::CloseDialog</name>
    <message>
        <source>Closing date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message numerus="yes">
        <source>Close its %n open case(s) with it</source>
        <translation>
            <numerusform>Den %n offenen Vorgang &amp;mit abschließen</numerusform>
            <numerusform>Die %n offenen Vorgänge &amp;mit abschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Close (z.d.A.)</source>
        <translation>Abschließen (z.d.A.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Once closed it is read-only; it can be reopened with a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Abgeschlossen ist es schreibgeschützt; mit einem Grund kann es wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. Verfahren abgeschlossen</source>
        <translation>z. B. Verfahren abgeschlossen</translation>
    </message>
    <message>
        <source>Retention: unlimited – the file is never due for disposal.</source>
        <translation>Aufbewahrung: unbefristet – die Akte wird nie zur Aussonderung fällig.</translation>
    </message>
    <message>
        <source>Retention: %1 from the end of the year of closing – due on %2.</source>
        <translation>Aufbewahrung: %1 ab Ablauf des Jahres des Abschlusses – fällig am %2.</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Abschluss&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Abs&amp;chließen</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::CommandDialog</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be created.</source>
        <translation>Der Datenordner ist schreibgeschützt geöffnet: Es kann nichts angelegt werden.</translation>
    </message>
    <message>
        <source>Discard what you entered?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Es wurde noch nichts angelegt.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::CompareDialog</name>
    <message>
        <source>Compare versions %1 and %2 – %3</source>
        <translation>Versionen %1 und %2 vergleichen – %3</translation>
    </message>
    <message>
        <source>Metadata of both versions</source>
        <translation>Metadaten beider Versionen</translation>
    </message>
    <message>
        <source>Reading the text of both versions…</source>
        <translation>Der Text beider Versionen wird gelesen…</translation>
    </message>
    <message>
        <source>Text differences: lines starting with + were added, lines starting with − removed</source>
        <translation>Textunterschiede: Zeilen mit + wurden hinzugefügt, Zeilen mit − entfernt</translation>
    </message>
    <message>
        <source>Lines marked + (green) are only in version %1, lines marked − (red) only in version %2.</source>
        <translation>Mit + (grün) markierte Zeilen stehen nur in Version %1, mit − (rot) markierte nur in Version %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>No data folder is open.</source>
        <translation>Es ist kein Datenordner geöffnet.</translation>
    </message>
    <message>
        <source>The texts cannot be compared.</source>
        <translation>Die Texte können nicht verglichen werden.</translation>
    </message>
    <message>
        <source>The texts of both versions are the same.</source>
        <translation>Die Texte beider Versionen sind gleich.</translation>
    </message>
    <message>
        <source>%1 line(s) added, %2 line(s) removed.</source>
        <translation>%1 Zeile(n) hinzugefügt, %2 Zeile(n) entfernt.</translation>
    </message>
    <message>
        <source>The texts are too long for a line-by-line comparison: the changed part is shown as a whole.</source>
        <translation>Die Texte sind für einen zeilenweisen Vergleich zu lang: Der geänderte Teil wird als Ganzes gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown.</source>
        <translation>
            <numerusform>… %n weitere Zeile wird nicht gezeigt.</numerusform>
            <numerusform>… %n weitere Zeilen werden nicht gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Mein Wert</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>Wert auf dem Server</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Wert des &amp;Servers behalten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>The same field was changed here and on the server. The server&apos;s value is in force; choose which one to keep.</source>
        <translation>Dasselbe Feld wurde hier und auf dem Server geändert. Derzeit gilt der Wert auf dem Server; wählen Sie, welchen Wert Sie behalten möchten.</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Es gibt keine offenen Konflikte.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Soll %1 gelöscht werden?</translation>
    </message>
    <message>
        <source>It goes to the recycle bin and can be restored from there (Edit › Recycle bin). The reason is kept in the audit trail.</source>
        <translation>Es kommt in den Papierkorb und kann von dort wiederhergestellt werden (Bearbeiten › Papierkorb). Der Grund wird im Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Grund für das Löschen</translation>
    </message>
    <message>
        <source>e.g. filed twice, wrong case</source>
        <translation>z. B. doppelt erfasst, falscher Vorgang</translation>
    </message>
    <message>
        <source>&amp;Reason: *</source>
        <translation>&amp;Grund: *</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit trail.</source>
        <translation>Geben Sie einen Grund an; er wird im Protokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DetailsPane</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Save metadata</source>
        <translation>Metadaten speichern</translation>
    </message>
    <message>
        <source>Revert metadata</source>
        <translation>Änderungen an den Metadaten verwerfen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Origin / comment</source>
        <translation>Herkunft / Kommentar</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose a plan unit on the left, then a file, case or document.</source>
        <translation>Wählen Sie links eine Aktenplaneinheit und dann eine Akte, einen Vorgang oder ein Dokument.</translation>
    </message>
    <message>
        <source>Plan unit</source>
        <translation>Aktenplaneinheit</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Aufbewahrungsfrist:</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>Aussonderungsart:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Fachbereich:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>retired – no new files</source>
        <translation>stillgelegt – keine neuen Akten</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Akte %1</translation>
    </message>
    <message>
        <source>Plan unit:</source>
        <translation>Aktenplaneinheit:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(ohne Typ)</translation>
    </message>
    <message>
        <source>closed (z.d.A.)</source>
        <translation>abgeschlossen (z.d.A.)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Document, version %1</source>
        <translation>Dokument, Version %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>%1, %2: %3 &quot;%4&quot; → &quot;%5&quot;</source>
        <translation>%1, %2: %3 „%4“ → „%5“</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Verknüpfte Dokumente</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Zugeordnet:</translation>
    </message>
    <message>
        <source>not yet – in the intake</source>
        <translation>noch nicht – im Posteingang</translation>
    </message>
    <message>
        <source>Refers to a document that is not available to you (%1).</source>
        <translation>Verweist auf ein Dokument, das Ihnen nicht zur Verfügung steht (%1).</translation>
    </message>
    <message>
        <source>Refers to %1 in the intake</source>
        <translation>Verweist auf %1 im Posteingang</translation>
    </message>
    <message>
        <source>Refers to %1 in %2</source>
        <translation>Verweist auf %1 in %2</translation>
    </message>
    <message>
        <source>Attachment of the e-mail %1</source>
        <translation>Anhang der E-Mail %1</translation>
    </message>
    <message>
        <source>Attachment of an e-mail that is not available to you.</source>
        <translation>Anhang einer E-Mail, die Ihnen nicht zur Verfügung steht.</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>Checked out:</source>
        <translation>Ausgecheckt:</translation>
    </message>
    <message>
        <source>by you since %1 (History tab: check in)</source>
        <translation>von Ihnen seit %1 (Einchecken im Reiter Verlauf)</translation>
    </message>
    <message>
        <source>by you on another computer since %1</source>
        <translation>von Ihnen an einem anderen Rechner seit %1</translation>
    </message>
    <message>
        <source>by %1 since %2</source>
        <translation>von %1 seit %2</translation>
    </message>
    <message>
        <source>by you (offline)</source>
        <translation>von Ihnen (offline)</translation>
    </message>
    <message>
        <source>Back to the stored values</source>
        <translation>Zurück zu den gespeicherten Werten</translation>
    </message>
    <message>
        <source>Title: now &quot;%1&quot;</source>
        <translation>Titel jetzt „%1“</translation>
    </message>
    <message>
        <source>%1: now &quot;%2&quot;</source>
        <translation>%1 jetzt „%2“</translation>
    </message>
    <message>
        <source>Changed meanwhile by someone else – %1. Your entries are kept: Save keeps yours, Revert takes the new values.</source>
        <translation>Inzwischen anderswo geändert – %1. Ihre Eingaben bleiben erhalten: „Speichern“ behält Ihre Werte, „Verwerfen“ übernimmt die neuen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved yet.</source>
        <translation>Die Änderungen an „%1“ sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to editing?</source>
        <translation>Speichern, verwerfen oder weiter bearbeiten?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Document %1 · version %2</source>
        <translation>Dokument %1 · Version %2</translation>
    </message>
    <message>
        <source>FB %1</source>
        <translation>FB %1</translation>
    </message>
    <message>
        <source>FB %1 until %2</source>
        <translation>FB %1 bis %2</translation>
    </message>
    <message>
        <source>FB %1 until revoked</source>
        <translation>FB %1 bis auf Widerruf</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Freigegeben für:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>none yet – drop files onto the case, or use Add documents… (Ctrl+I) or Scan… (Ctrl+Alt+S)</source>
        <translation>noch keine – ziehen Sie Dateien auf den Vorgang oder nutzen Sie „Dokumente hinzufügen…“ (Strg+I) oder „Scannen…“ (Strg+Alt+S)</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>Details der Auswahl</translation>
    </message>
    <message>
        <source>Letter of:</source>
        <translation>Schreiben vom:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>Vorgang %1 „%2“</translation>
    </message>
    <message>
        <source>file %1 &quot;%2&quot;</source>
        <translation>Akte %1 „%2“</translation>
    </message>
    <message>
        <source>(named in the text; File into case… Ctrl+Shift+A)</source>
        <translation>(im Text genannt; Vorgang zuordnen … Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Geschäftsgang</translation>
    </message>
    <message>
        <source>Route %1, started by %2 on %3%4</source>
        <translation>Geschäftsgang %1, gestartet von %2 am %3%4</translation>
    </message>
    <message>
        <source> (template &quot;%1&quot;)</source>
        <translation> (Vorlage „%1“)</translation>
    </message>
    <message>
        <source>Routed version, SHA-256: %1</source>
        <translation>Laufende Fassung, SHA-256: %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, Frist %1</translation>
    </message>
    <message>
        <source>Acted on SHA-256: %1</source>
        <translation>Bearbeitet auf SHA-256: %1</translation>
    </message>
    <message>
        <source>Closed (z.d.A.):</source>
        <translation>Abgeschlossen (z.d.A.):</translation>
    </message>
    <message>
        <source>%1 by %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation>Wieder geöffnet:</translation>
    </message>
    <message>
        <source>%1 by %2 – „%3“</source>
        <translation>%1 von %2 – „%3“</translation>
    </message>
    <message>
        <source> (the file&apos;s own)</source>
        <translation> (eigene der Akte)</translation>
    </message>
    <message>
        <source> (file plan)</source>
        <translation> (Aktenplan)</translation>
    </message>
    <message>
        <source>, ends on %1</source>
        <translation>, endet am %1</translation>
    </message>
    <message>
        <source>Legal hold:</source>
        <translation>Aussonderungssperre:</translation>
    </message>
    <message>
        <source>since %1 by %2 – „%3“</source>
        <translation>seit %1 von %2 – „%3“</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DisposalWindow</name>
    <message>
        <source>Disposal and destruction</source>
        <translation>Aussonderung und Vernichtung</translation>
    </message>
    <message>
        <source>Messages to the &amp;archive go to:</source>
        <translation>Nachrichten an das &amp;Archiv in:</translation>
    </message>
    <message>
        <source>Folder for messages to the archive</source>
        <translation>Ordner für Nachrichten an das Archiv</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the folder for messages to the archive</source>
        <translation>Den Ordner für Nachrichten an das Archiv wählen</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Aussonderung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>Alles neu lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Closed files whose retention has ended and that no legal hold stops. A: worth keeping (goes to the archive directly), B: to be appraised by the archive (offer it), V: to be destroyed.</source>
        <translation>Abgeschlossene Akten, deren Aufbewahrungsfrist abgelaufen ist und die keine Aussonderungssperre hält. A: archivwürdig (direkt an das Archiv), B: vom Archiv zu bewerten (anbieten), V: zu vernichten.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>FB</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>z.d.A.</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Aufbewahrung bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Files due for disposal</source>
        <translation>Zur Aussonderung fällige Akten</translation>
    </message>
    <message>
        <source>&amp;Offer to the archive (0501)</source>
        <translation>Dem Archiv an&amp;bieten (0501)</translation>
    </message>
    <message>
        <source>Write the offer list for the selected files into the folder above</source>
        <translation>Das Anbieteverzeichnis der gewählten Akten in den Ordner oben schreiben</translation>
    </message>
    <message>
        <source>&amp;Transfer directly (0503)</source>
        <translation>&amp;Direkt abgeben (0503)</translation>
    </message>
    <message>
        <source>Files classed A go to the archive without an offer (two-stage route)</source>
        <translation>Als A eingestufte Akten gehen ohne Anbietung an das Archiv (zweistufiges Verfahren)</translation>
    </message>
    <message>
        <source>&amp;Propose for destruction</source>
        <translation>Zur &amp;Vernichtung vorschlagen</translation>
    </message>
    <message>
        <source>Files classed V are destroyed without an offer, once a second records officer approves</source>
        <translation>Als V eingestufte Akten werden ohne Anbietung vernichtet, sobald eine zweite Person der Registratur freigibt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Disposal process / file</source>
        <translation>Aussonderung / Akte</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Disposal processes</source>
        <translation>Aussonderungen</translation>
    </message>
    <message>
        <source>A container from the archive: receipt (0504, 0507), appraisal (0502, confirmed at once), import confirmation (0506)</source>
        <translation>Ein Container des Archivs: Empfangsbestätigung (0504, 0507), Bewertung (0502, sofort bestätigt), Importbestätigung (0506)</translation>
    </message>
    <message>
        <source>Hand over what the archive appraised A: metadata, originals, PDF/A renditions</source>
        <translation>Abgeben, was das Archiv als A bewertet hat: Metadaten, Originale, PDF/A-Fassungen</translation>
    </message>
    <message>
        <source>Propose for &amp;destruction</source>
        <translation>Zur &amp;Vernichtung vorschlagen</translation>
    </message>
    <message>
        <source>Every file of the process the archive does not want (V, confirmed) or has taken over (0506)</source>
        <translation>Jede Akte der Aussonderung, die das Archiv nicht will (V, bestätigt) oder übernommen hat (0506)</translation>
    </message>
    <message>
        <source>The archive&apos;s answer</source>
        <translation>Antwort des Archivs</translation>
    </message>
    <message>
        <source>xdomea containers (*.zip)</source>
        <translation>xdomea-Container (*.zip)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Aussonderungen</translation>
    </message>
    <message>
        <source>Proposals waiting for a second records officer&apos;s decision:</source>
        <translation>Vorschläge, die auf die Entscheidung einer zweiten Person der Registratur warten:</translation>
    </message>
    <message>
        <source>Proposal / file</source>
        <translation>Vorschlag / Akte</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Destruction proposals</source>
        <translation>Vernichtungsvorschläge</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>Remark on the decision</source>
        <translation>Bemerkung zur Entscheidung</translation>
    </message>
    <message>
        <source>Required to reject; kept with the decision</source>
        <translation>Für eine Ablehnung nötig; wird mit der Entscheidung aufbewahrt</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Destroy for &amp;good</source>
        <translation>&amp;Endgültig vernichten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Destroying…</source>
        <translation>Wird vernichtet…</translation>
    </message>
    <message numerus="yes">
        <source>Destroyed %n file(s); a deletion record is kept for each.</source>
        <translation>
            <numerusform>%n Akte vernichtet; ein Löschnachweis bleibt.</numerusform>
            <numerusform>%n Akten vernichtet; für jede bleibt ein Löschnachweis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion records:</source>
        <translation>Löschnachweise:</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Deletion records</source>
        <translation>Löschnachweise</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Vernichtung</translation>
    </message>
    <message>
        <source>Select a disposal process to see what comes next.</source>
        <translation>Eine Aussonderung wählen, um zu sehen, was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation>Fällig (%1)</translation>
    </message>
    <message>
        <source>Transfer of %1 (two-stage), started by %2</source>
        <translation>Abgabe vom %1 (zweistufig), begonnen von %2</translation>
    </message>
    <message>
        <source>Offer of %1, started by %2</source>
        <translation>Anbietung vom %1, begonnen von %2</translation>
    </message>
    <message>
        <source>Processes (%1)</source>
        <translation>Aussonderungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Akte</numerusform>
            <numerusform>%n Akten</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction (%1 waiting)</source>
        <translation>Vernichtung (%1 offen)</translation>
    </message>
    <message>
        <source>Runtime %1 – %2, retention until %3; %4 document(s), %5 version(s)</source>
        <translation>Laufzeit %1 – %2, aufzubewahren bis %3; %4 Dokument(e), %5 Version(en)</translation>
    </message>
    <message>
        <source>proposed for destruction</source>
        <translation>zur Vernichtung vorgeschlagen</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Offering %n file(s) to the archive…</source>
        <translation>
            <numerusform>%n Akte wird dem Archiv angeboten…</numerusform>
            <numerusform>%n Akten werden dem Archiv angeboten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offered %n file(s) to the archive: %1</source>
        <translation>
            <numerusform>%n Akte dem Archiv angeboten: %1</numerusform>
            <numerusform>%n Akten dem Archiv angeboten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferring %n file(s) to the archive…</source>
        <translation>
            <numerusform>%n Akte wird an das Archiv abgegeben…</numerusform>
            <numerusform>%n Akten werden an das Archiv abgegeben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n file(s) to the archive (0503): %1</source>
        <translation>
            <numerusform>%n Akte an das Archiv abgegeben (0503): %1</numerusform>
            <numerusform>%n Akten an das Archiv abgegeben (0503): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposing for destruction…</source>
        <translation>Wird zur Vernichtung vorgeschlagen…</translation>
    </message>
    <message numerus="yes">
        <source>Proposed for destruction: %n file(s). A second records officer decides.</source>
        <translation>
            <numerusform>Zur Vernichtung vorgeschlagen: %n Akte. Eine zweite Person der Registratur entscheidet.</numerusform>
            <numerusform>Zur Vernichtung vorgeschlagen: %n Akten. Eine zweite Person der Registratur entscheidet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the transfer (0503)…</source>
        <translation>Die Abgabe (0503) wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with all their documents and content will be destroyed for good – on the central repository and on every client. A deletion record is kept.</source>
        <translation>
            <numerusform>%n Akte wird mit allen Dokumenten und Inhalten endgültig vernichtet – im zentralen Repository und auf jedem Arbeitsplatz. Ein Löschnachweis bleibt.</numerusform>
            <numerusform>%n Akten werden mit allen Dokumenten und Inhalten endgültig vernichtet – im zentralen Repository und auf jedem Arbeitsplatz. Ein Löschnachweis bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say in the remark why the proposal is rejected.</source>
        <translation>In der Bemerkung sagen, warum der Vorschlag abgelehnt wird.</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Wird abgelehnt…</translation>
    </message>
    <message>
        <source>Proposal rejected.</source>
        <translation>Vorschlag abgelehnt.</translation>
    </message>
    <message>
        <source>Reading in %1…</source>
        <translation>%1 wird eingelesen…</translation>
    </message>
    <message>
        <source>Appraisal (0502) read in: %1 to the archive, %2 to be destroyed; confirmed (0505): %3</source>
        <translation>Bewertung (0502) eingelesen: %1 an das Archiv, %2 zu vernichten; bestätigt (0505): %3</translation>
    </message>
    <message>
        <source>Import confirmation (0506) read in: %1 of %2 file(s) taken over by the archive.</source>
        <translation>Importbestätigung (0506) eingelesen: %1 von %2 Akte(n) vom Archiv übernommen.</translation>
    </message>
    <message>
        <source>Receipt (%1) read in.</source>
        <translation>Empfangsbestätigung (%1) eingelesen.</translation>
    </message>
    <message>
        <source>Read &amp;in the archive&apos;s answer…</source>
        <translation>Antwort des Archivs &amp;einlesen…</translation>
    </message>
    <message>
        <source>Tran&amp;sfer (0503)</source>
        <translation>Ab&amp;geben (0503)</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The list as shown, for a spreadsheet (CSV) or for the records (PDF)</source>
        <translation>Die Liste wie angezeigt, für eine Tabellenkalkulation (CSV) oder für die Akten (PDF)</translation>
    </message>
    <message>
        <source>Export the disposal list</source>
        <translation>Aussonderungsliste exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for a spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;CSV für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Disposal list written: %1</source>
        <translation>Aussonderungsliste geschrieben: %1</translation>
    </message>
    <message>
        <source>disposal-list.pdf</source>
        <translation>Aussonderungsliste.pdf</translation>
    </message>
    <message>
        <source>Writing the disposal list…</source>
        <translation>Die Aussonderungsliste wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DocumentPrinter</name>
    <message>
        <source>Documents of this kind (%1) cannot be printed here: save a copy and print it from its program.</source>
        <translation>Dokumente dieser Art (%1) können hier nicht gedruckt werden: speichern Sie eine Kopie und drucken Sie sie aus ihrem Programm.</translation>
    </message>
    <message>
        <source>The document could not be read: %1</source>
        <translation>Das Dokument konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The text is too long to print here: save a copy and print it from its program.</source>
        <translation>Der Text ist zu lang, um ihn hier zu drucken: speichern Sie eine Kopie und drucken Sie sie aus ihrem Programm.</translation>
    </message>
    <message>
        <source>The document cannot be printed: %1</source>
        <translation>Das Dokument kann nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Das Dokument hat keine Seiten.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>Der Drucker hat Seite %1 nicht angenommen.</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered: %2</source>
        <translation>Seite %1 konnte nicht dargestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DocumentViewer</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Vorschau-Werkzeuge</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Go to page (Ctrl+G)</source>
        <translation>Gehe zu Seite (Strg+G)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Seitenanzahl</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Seitenminiaturen</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Vorschau-Hinweis</translation>
    </message>
    <message>
        <source>Open with the &amp;default application</source>
        <translation>Mit &amp;Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Open with the default application</source>
        <translation>Mit Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>Mit Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Opens a read-only copy in the program the desktop uses for this type of file</source>
        <translation>Öffnet eine schreibgeschützte Kopie in dem Programm, das der Desktop für diesen Dateityp verwendet</translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>Wählen Sie ein Dokument, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only the beginning of the text is shown.</source>
        <translation>Nur der Anfang des Textes wird angezeigt.</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>Keine Vorschau für diesen Dateityp.</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No temporary folder for the copy: %1</source>
        <translation>Kein temporärer Ordner für die Kopie: %1</translation>
    </message>
    <message>
        <source>The document could not be opened: %1</source>
        <translation>Das Dokument konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No program is set up to open this type of file.</source>
        <translation>Für diesen Dateityp ist kein Programm zum Öffnen eingerichtet.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Version %1 cannot be shown: %2</source>
        <translation>Version %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>The document cannot be shown: %1</source>
        <translation>Das Dokument kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 – not the current version (read-only)</source>
        <translation>Version %1 von %2 – nicht die aktuelle Version (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Version %1 (current)</source>
        <translation>Version %1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::FileIntoCaseDialog</name>
    <message>
        <source>File into case</source>
        <translation>Vorgang zuordnen</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; into the case:</source>
        <translation>„%1“ diesem Vorgang zuordnen:</translation>
    </message>
    <message>
        <source>Type a Vorgangszeichen or a title to filter</source>
        <translation>Vorgangszeichen oder Titel eingeben, um zu filtern</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Vorgänge filtern</translation>
    </message>
    <message>
        <source>Vorgangszeichen</source>
        <translation>Vorgangszeichen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Die Vorgänge werden gelesen …</translation>
    </message>
    <message>
        <source>There is no open case you could file into.</source>
        <translation>Es gibt keinen offenen Vorgang, dem Sie zuordnen könnten.</translation>
    </message>
    <message>
        <source>Choose the case to file the document into.</source>
        <translation>Wählen Sie den Vorgang, dem das Dokument zugeordnet werden soll.</translation>
    </message>
    <message>
        <source>Named in the document&apos;s text</source>
        <translation>Im Text des Dokuments genannt</translation>
    </message>
    <message>
        <source>Date of the letter: %1</source>
        <translation>Datum des Schreibens: %1</translation>
    </message>
    <message>
        <source>Proposed from the text: case %1 &quot;%2&quot;.</source>
        <translation>Vorschlag aus dem Text: Vorgang %1 „%2“.</translation>
    </message>
    <message>
        <source>The text names the file %1 &quot;%2&quot;; its open cases are listed.</source>
        <translation>Der Text nennt die Akte %1 „%2“; ihre offenen Vorgänge sind aufgeführt.</translation>
    </message>
    <message>
        <source>The text names %1, which is not among the cases you can file into.</source>
        <translation>Der Text nennt %1; das ist keiner der Vorgänge, in die Sie ablegen können.</translation>
    </message>
    <message>
        <source>Target case</source>
        <translation>Zielvorgang</translation>
    </message>
    <message>
        <source>No case chosen yet: choose one in the list or type to filter.</source>
        <translation>Noch kein Vorgang gewählt: Wählen Sie einen in der Liste oder tippen Sie zum Filtern.</translation>
    </message>
    <message>
        <source>Files into: case %1 &quot;%2&quot; of the file %3</source>
        <translation>Wird abgelegt in: Vorgang %1 „%2“ der Akte %3</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::FirstRunDialog</name>
    <message>
        <source>The server knows no Aktenwerk user %1. Ask the administrator.</source>
        <translation>Auf dem Server gibt es kein Aktenwerk-Benutzerkonto %1. Wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>Work &amp;locally on this computer</source>
        <translation>&amp;Lokal auf diesem Computer arbeiten</translation>
    </message>
    <message>
        <source>&amp;Connect to the city&apos;s server</source>
        <translation>Mit dem Server der Stadt ver&amp;binden</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Welcome to Aktenwerk</source>
        <translation>Willkommen bei Aktenwerk</translation>
    </message>
    <message>
        <source>How do you want to work? Your files stay on this computer either way; with the server they are also shared with your department and available offline.</source>
        <translation>Wie möchten Sie arbeiten? Ihre Akten bleiben in jedem Fall auf diesem Computer; mit dem Server werden sie zusätzlich mit Ihrem Fachbereich geteilt und sind auch offline verfügbar.</translation>
    </message>
    <message>
        <source>e.g. akten.stadt.example</source>
        <translation>z. B. akten.stadt.example</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Encryption (sslmode)</source>
        <translation>Verschlüsselung (sslmode)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No keychain is available: the password will be asked at each start.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Das Passwort wird bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Geben Sie den Server, Ihren Anmeldenamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Checking the login on the server…</source>
        <translation>Anmeldung am Server wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::HistoryPane</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Changes of the metadata</source>
        <translation>Änderungen der Metadaten</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Shows the selected version in the preview</source>
        <translation>Zeigt die ausgewählte Version in der Vorschau</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compares the two selected versions, or the selected one with the current version</source>
        <translation>Vergleicht die beiden ausgewählten Versionen oder die ausgewählte mit der aktuellen Version</translation>
    </message>
    <message>
        <source>&amp;Restore as new version…</source>
        <translation>Als neue Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Makes the selected version&apos;s content the current one again, as a new version</source>
        <translation>Macht den Inhalt der ausgewählten Version wieder zum aktuellen, als neue Version</translation>
    </message>
    <message>
        <source>Check out and &amp;edit</source>
        <translation>Auschecken und &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Checks the document out and opens it in your program</source>
        <translation>Checkt das Dokument aus und öffnet es in Ihrem Programm</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>&amp;Einchecken…</translation>
    </message>
    <message>
        <source>Stores the saved working copy as a new version and ends the check-out</source>
        <translation>Speichert die gesicherte Arbeitskopie als neue Version und beendet das Auschecken</translation>
    </message>
    <message>
        <source>&amp;Cancel check-out</source>
        <translation>Auschecken &amp;abbrechen</translation>
    </message>
    <message>
        <source>Ends the check-out without a new version; the working copy is discarded</source>
        <translation>Beendet das Auschecken ohne neue Version; die Arbeitskopie wird verworfen</translation>
    </message>
    <message>
        <source>Select a document to see its versions and changes.</source>
        <translation>Wählen Sie ein Dokument, um seine Versionen und Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Der Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>The history cannot be shown.</source>
        <translation>Der Verlauf kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The document is not available.</source>
        <translation>Das Dokument ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n version(s)</source>
        <translation>
            <numerusform>%1 – %n Version</numerusform>
            <numerusform>%1 – %n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Version %1 by %2, %3</source>
        <translation>Version %1 von %2, %3</translation>
    </message>
    <message>
        <source>%1, %2: %3 &quot;%4&quot; → &quot;%5&quot;</source>
        <translation>%1, %2: %3 „%4“ → „%5“</translation>
    </message>
    <message>
        <source>Checked out by you since %1 (version %2). Save your changes in your program, then check them in.</source>
        <translation>Seit %1 von Ihnen ausgecheckt (Version %2). Speichern Sie Ihre Änderungen in Ihrem Programm und checken Sie sie dann ein.</translation>
    </message>
    <message>
        <source>Checked out offline: the server is asked when it can be reached.</source>
        <translation>Offline ausgecheckt: Der Server wird gefragt, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>Working copy: %1</source>
        <translation>Arbeitskopie: %1</translation>
    </message>
    <message>
        <source>Checked out by you on another computer since %1.</source>
        <translation>Seit %1 von Ihnen an einem anderen Rechner ausgecheckt.</translation>
    </message>
    <message>
        <source>Checked out by %1 since %2 – it cannot be edited or restored until it is checked in.</source>
        <translation>Seit %2 von %1 ausgecheckt – es kann erst bearbeitet oder wiederhergestellt werden, wenn es eingecheckt ist.</translation>
    </message>
    <message>
        <source>The check-out of %1 was ended by %2 on %3.</source>
        <translation>Das Auschecken von %1 wurde am %3 von %2 aufgehoben.</translation>
    </message>
    <message>
        <source>Checked out by %1: editing is not possible.</source>
        <translation>Von %1 ausgecheckt: Bearbeiten ist nicht möglich.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Version %1 of “%2” (%3, %4) becomes the current content again, as version %5. No version is removed.</source>
        <translation>Version %1 von „%2“ (%3, %4) wird als Version %5 wieder zum aktuellen Inhalt. Keine Version wird entfernt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 als Version %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The program %1 (AKTENWERK_EDITOR) could not be started. The working copy is %2.</source>
        <translation>Das Programm %1 (AKTENWERK_EDITOR) konnte nicht gestartet werden. Die Arbeitskopie ist %2.</translation>
    </message>
    <message>
        <source>No program is set up to open this type of file. The working copy is %1.</source>
        <translation>Für diese Art von Datei ist kein Programm eingerichtet. Die Arbeitskopie ist %1.</translation>
    </message>
    <message>
        <source>Checking out…</source>
        <translation>Wird ausgecheckt…</translation>
    </message>
    <message>
        <source>Version %1 is checked out and opens in your program. Save it there; Aktenwerk then offers to check it in.</source>
        <translation>Version %1 ist ausgecheckt und öffnet sich in Ihrem Programm. Speichern Sie dort; Aktenwerk bietet dann das Einchecken an.</translation>
    </message>
    <message>
        <source>The server could not be asked (%1): this is an offline edit.</source>
        <translation>Der Server konnte nicht gefragt werden (%1): Dies ist eine Offline-Bearbeitung.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>The saved working copy of %1 becomes a new version, and the check-out ends.</source>
        <translation>Die gespeicherte Arbeitskopie von %1 wird eine neue Version, und das Auschecken endet.</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>The working copy was not changed: no new version was made, and the check-out has ended.</source>
        <translation>Die Arbeitskopie wurde nicht geändert: Es wurde keine neue Version angelegt, und das Auschecken ist beendet.</translation>
    </message>
    <message>
        <source>Checked in as version %1. Someone else checked in a version first: yours is kept as a parallel version.</source>
        <translation>Als Version %1 eingecheckt. Jemand anderes hat vorher eine Version eingecheckt: Ihre bleibt als Parallelversion erhalten.</translation>
    </message>
    <message>
        <source>Checked in as version %1.</source>
        <translation>Als Version %1 eingecheckt.</translation>
    </message>
    <message>
        <source>Cancel check-out</source>
        <translation>Auschecken abbrechen</translation>
    </message>
    <message>
        <source>End the check-out of “%1” without a new version? The working copy %2 is discarded, with every change saved in it.</source>
        <translation>Das Auschecken von „%1“ ohne neue Version beenden? Die Arbeitskopie %2 wird mit allen darin gespeicherten Änderungen verworfen.</translation>
    </message>
    <message>
        <source>&amp;Discard working copy</source>
        <translation>Arbeitskopie &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>The check-out has ended; the working copy was discarded.</source>
        <translation>Das Auschecken ist beendet; die Arbeitskopie wurde verworfen.</translation>
    </message>
    <message>
        <source>&amp;Break check-out…</source>
        <translation>Auschecken aufhe&amp;ben…</translation>
    </message>
    <message>
        <source>Ends someone else&apos;s check-out (team leads and administrators); they are told with their next sync</source>
        <translation>Hebt das Auschecken einer anderen Person auf (Teamleitung und Administration); sie erfährt es beim nächsten Abgleich</translation>
    </message>
    <message>
        <source>Break check-out</source>
        <translation>Auschecken aufheben</translation>
    </message>
    <message>
        <source>“%1” is checked out by %2 since %3. End that check-out? %2 keeps the working copy; a later check-in of it is kept as a parallel version. This is recorded in the audit trail.</source>
        <translation>„%1“ ist seit %3 von %2 ausgecheckt. Dieses Auschecken aufheben? %2 behält die Arbeitskopie; wird sie später eingecheckt, bleibt sie als Parallelversion erhalten. Der Vorgang wird im Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Break check-out</source>
        <translation>Auschecken aufhe&amp;ben</translation>
    </message>
    <message>
        <source>Do &amp;not break</source>
        <translation>&amp;Nicht aufheben</translation>
    </message>
    <message>
        <source>The check-out of %1 is broken; %1 is told with the next sync.</source>
        <translation>Das Auschecken durch %1 ist aufgehoben; %1 erfährt es beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Text recognition confidence per page</source>
        <translation>Sicherheit der Texterkennung je Seite</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>Page to recognise again</source>
        <translation>Erneut zu erkennende Seite</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>&amp;Text erkennen (OCR)</translation>
    </message>
    <message>
        <source>Makes a searchable PDF of the scanned image or PDF, as a new version</source>
        <translation>Macht aus dem gescannten Bild oder PDF ein durchsuchbares PDF, als neue Version</translation>
    </message>
    <message>
        <source>Recognise &amp;page again</source>
        <translation>Seite &amp;neu erkennen</translation>
    </message>
    <message>
        <source>Recognises the chosen page of the current version again; the other pages stay as they are</source>
        <translation>Erkennt die gewählte Seite der aktuellen Version erneut; die anderen Seiten bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>No document is selected.</source>
        <translation>Es ist kein Dokument ausgewählt.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>Der Datenordner ist schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The document&apos;s file or case is closed (z.d.A.): it cannot be changed.</source>
        <translation>Die Akte oder der Vorgang des Dokuments ist geschlossen (z.d.A.): Es kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>You have the document checked out: check it in first.</source>
        <translation>Sie haben das Dokument ausgecheckt: Checken Sie es zuerst ein.</translation>
    </message>
    <message>
        <source>Please wait: the document is being worked on.</source>
        <translation>Bitte warten: Das Dokument wird gerade bearbeitet.</translation>
    </message>
    <message>
        <source>The document has no content to recognise.</source>
        <translation>Das Dokument hat keinen Inhalt, der erkannt werden könnte.</translation>
    </message>
    <message>
        <source>Only an image or a PDF without text can be recognised; this is %1.</source>
        <translation>Nur ein Bild oder ein PDF ohne Text kann erkannt werden; dies ist %1.</translation>
    </message>
    <message>
        <source>The PDF has not been read yet; try again in a moment.</source>
        <translation>Das PDF wurde noch nicht gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The PDF already has text. To recognise one page again, choose it below.</source>
        <translation>Das PDF enthält bereits Text. Um eine Seite erneut zu erkennen, wählen Sie sie unten aus.</translation>
    </message>
    <message>
        <source>Only a PDF has pages to recognise again; recognise the whole document first.</source>
        <translation>Nur ein PDF hat Seiten, die erneut erkannt werden können; erkennen Sie zuerst das ganze Dokument.</translation>
    </message>
    <message>
        <source>The current version is no scan and was not recognised: it has no page to recognise again.</source>
        <translation>Die aktuelle Version ist kein Scan und wurde nicht erkannt: Sie hat keine Seite, die erneut erkannt werden könnte.</translation>
    </message>
    <message>
        <source>Page %1: not recognised — please check</source>
        <translation>Seite %1: nicht erkannt — bitte prüfen</translation>
    </message>
    <message>
        <source>Page %1: %2 % — please check</source>
        <translation>Seite %1: %2 % — bitte prüfen</translation>
    </message>
    <message>
        <source>Page %1: %2 %</source>
        <translation>Seite %1: %2 %</translation>
    </message>
    <message>
        <source>Uncertain recognition: compare the text with the page image.</source>
        <translation>Unsichere Erkennung: Vergleichen Sie den Text mit dem Seitenbild.</translation>
    </message>
    <message>
        <source>Text recognition of version %1:</source>
        <translation>Texterkennung von Version %1:</translation>
    </message>
    <message>
        <source>Transfer note (TR-RESISCAN) of version %1</source>
        <translation>Transfervermerk (TR-RESISCAN) von Version %1</translation>
    </message>
    <message>
        <source>The transfer note cannot be read: %1</source>
        <translation>Der Transfervermerk kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Source: %1, mode: %2, resolution: %3 dpi</source>
        <translation>Quelle: %1, Modus: %2, Auflösung: %3 dpi</translation>
    </message>
    <message>
        <source>Scanned by: %1</source>
        <translation>Gescannt von: %1</translation>
    </message>
    <message>
        <source>Captured: %1; checked: %2; filed: %3</source>
        <translation>Erfasst: %1; geprüft: %2; abgelegt: %3</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <source>Quality check: passed – %1</source>
        <translation>Qualitätskontrolle: bestanden – %1</translation>
    </message>
    <message>
        <source>Quality check: NOT passed – %1</source>
        <translation>Qualitätskontrolle: NICHT bestanden – %1</translation>
    </message>
    <message>
        <source>Product SHA-256: %1</source>
        <translation>SHA-256 des Scanprodukts: %1</translation>
    </message>
    <message>
        <source>the transfer note names another document (%1)</source>
        <translation>der Transfervermerk nennt ein anderes Dokument (%1)</translation>
    </message>
    <message>
        <source>Verified: the note matches the stored version.</source>
        <translation>Geprüft: Der Vermerk passt zur gespeicherten Version.</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NICHT bestätigt: %1</translation>
    </message>
    <message>
        <source>Recognising page %1 again…</source>
        <translation>Seite %1 wird neu erkannt…</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>Text wird erkannt…</translation>
    </message>
    <message>
        <source>Recognising text: page %1 of %2…</source>
        <translation>Text wird erkannt: Seite %1 von %2…</translation>
    </message>
    <message>
        <source>No text was found.</source>
        <translation>Es wurde kein Text gefunden.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>Text recognised: version %1 (%2).</source>
        <translation>Text erkannt: Version %1 (%2).</translation>
    </message>
    <message>
        <source>Recorded offline on %1; on the server since %2.</source>
        <translation>Offline erfasst am %1; auf dem Server seit %2.</translation>
    </message>
    <message>
        <source>%1 (offline %2)</source>
        <translation>%1 (offline erfasst %2)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::InboxPane</name>
    <message>
        <source>Send &amp;back</source>
        <translation>Zurüc&amp;kgeben</translation>
    </message>
    <message>
        <source>Add ste&amp;p…</source>
        <translation>Schri&amp;tt hinzufügen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;My tasks&lt;/b&gt; – routing steps and due resubmissions, by deadline. Done: Ctrl+Return.</source>
        <translation>&lt;b&gt;Meine Aufgaben&lt;/b&gt; – Schritte im Geschäftsgang und fällige Wiedervorlagen, nach Frist. Erledigen: Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Remark (needed when sending back)</source>
        <translation>Bemerkung (beim Zurückgeben nötig)</translation>
    </message>
    <message>
        <source>Done: co-signed, signed, read or processed (Ctrl+Return)</source>
        <translation>Erledigt: mitgezeichnet, gezeichnet, zur Kenntnis genommen oder bearbeitet (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send the route back with the remark: pending co-signatures are cancelled</source>
        <translation>Den Geschäftsgang mit der Bemerkung zurückgeben: offene Mitzeichnungen entfallen</translation>
    </message>
    <message>
        <source>The tasks are kept by the central repository: this data folder is not connected.</source>
        <translation>Die Aufgaben führt der zentrale Server: Dieser Datenordner ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Offline: the tasks cannot be read now. They are shown again once the server is reachable.</source>
        <translation>Offline: Die Aufgaben können gerade nicht gelesen werden. Sie erscheinen wieder, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>(für Sie nicht sichtbar)</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – überfällig</translation>
    </message>
    <message>
        <source>%1: no single document to preview.</source>
        <translation>%1: kein einzelnes Dokument für die Vorschau.</translation>
    </message>
    <message>
        <source>Resubmission done.</source>
        <translation>Wiedervorlage erledigt.</translation>
    </message>
    <message>
        <source>Done: %1 – %2.</source>
        <translation>Erledigt: %1 – %2.</translation>
    </message>
    <message>
        <source>Say in the remark why the route goes back, then send it back.</source>
        <translation>Schreiben Sie in die Bemerkung, warum der Geschäftsgang zurückgeht, und geben Sie ihn dann zurück.</translation>
    </message>
    <message>
        <source>Sent back: %1. Pending co-signatures are cancelled.</source>
        <translation>Zurückgegeben: %1. Offene Mitzeichnungen entfallen.</translation>
    </message>
    <message>
        <source>Step added after yours.</source>
        <translation>Schritt nach Ihrem eingefügt.</translation>
    </message>
    <message>
        <source>Resubmission moved to %1.</source>
        <translation>Wiedervorlage auf %1 verschoben.</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Erledi&amp;gt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Pos&amp;tpone…</source>
        <translation>Versch&amp;ieben…</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::IntakeEntry</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Intake (%1)</source>
        <translation>&amp;Posteingang (%1)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Documents not yet filed in a case</source>
        <translation>Dokumente, die noch keinem Vorgang zugeordnet sind</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not yet filed in a case</source>
        <translation>
            <numerusform>%n Dokument, das noch keinem Vorgang zugeordnet ist</numerusform>
            <numerusform>%n Dokumente, die noch keinem Vorgang zugeordnet sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming documents not yet filed (Posteingang). Drop files or folders here to import them.</source>
        <translation>Eingegangene Dokumente, noch nicht zugeordnet. Dateien oder Ordner hierher ziehen, um sie zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::IntakeModel</name>
    <message>
        <source>E-mail from %1</source>
        <translation>E-Mail von %1</translation>
    </message>
    <message>
        <source>Attachment of &quot;%1&quot;</source>
        <translation>Anhang von „%1“</translation>
    </message>
    <message>
        <source>E-mail attachment</source>
        <translation>E-Mail-Anhang</translation>
    </message>
    <message>
        <source>Scan by %1</source>
        <translation>Scan von %1</translation>
    </message>
    <message>
        <source>Import by %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>%1, %2 bytes, SHA-256 %3</source>
        <translation>%1, %2 Byte, SHA-256 %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Ursprünglicher Dateiname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::MainWindow</name>
    <message>
        <source>Aktenwerk</source>
        <translation>Aktenwerk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;file…</source>
        <translation>Neue &amp;Akte…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Neuer &amp;Vorgang…</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>Dokumente &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import file plan…</source>
        <translation>Aktenplan &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Aktenwerk</source>
        <translation>&amp;Über Aktenwerk</translation>
    </message>
    <message>
        <source>About Aktenwerk</source>
        <translation>Über Aktenwerk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Document management and electronic files for the city administration.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Dokumentenmanagement und elektronische Akte für die Stadtverwaltung.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
    <message>
        <source>Files, cases and documents</source>
        <translation>Akten, Vorgänge und Dokumente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running import</source>
        <translation>Laufenden Import abbrechen</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Datenordner wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The data folder could not be opened.</source>
        <translation>Der Datenordner konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
    <message>
        <source>Data folder and user</source>
        <translation>Datenordner und Benutzerkonto</translation>
    </message>
    <message>
        <source>Aktenwerk (read-only)</source>
        <translation>Aktenwerk (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>The file plan is empty. Import one with File › Import file plan…</source>
        <translation>Der Aktenplan ist leer. Importieren Sie einen über Datei › Aktenplan importieren…</translation>
    </message>
    <message>
        <source>File %1 created.</source>
        <translation>Akte %1 angelegt.</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Vorgang %1 angelegt.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n document(s)…</source>
        <translation>
            <numerusform>%n Dokument wird hinzugefügt…</numerusform>
            <numerusform>%n Dokumente werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents added.</source>
        <translation>%1 von %2 Dokumenten hinzugefügt.</translation>
    </message>
    <message>
        <source>Import file plan</source>
        <translation>Aktenplan importieren</translation>
    </message>
    <message>
        <source>File plans (*.csv *.json *.xml);;All files (*)</source>
        <translation>Aktenpläne (*.csv *.json *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File plan imported: %1 units created, %2 updated, %3 unchanged.</source>
        <translation>Aktenplan importiert: %1 Einheiten angelegt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Status des Abgleichs</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (it is not stored):</source>
        <translation>Passwort für %1 auf %2 (wird nicht gespeichert):</translation>
    </message>
    <message>
        <source>Aktenwerk needs a data folder. Restart it to set one up.</source>
        <translation>Aktenwerk benötigt einen Datenordner. Starten Sie Aktenwerk neu, um einen einzurichten.</translation>
    </message>
    <message>
        <source>Click to sync now</source>
        <translation>Klicken, um jetzt abzugleichen</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Preview and details</source>
        <translation>Vorschau und Details</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>How to &amp;search</source>
        <translation>So &amp;suchen Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already stored: not added again.</source>
        <translation>
            <numerusform>%n Datei ist schon abgelegt und wurde nicht noch einmal hinzugefügt.</numerusform>
            <numerusform>%n Dateien sind schon abgelegt und wurden nicht noch einmal hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without text: %1.</source>
        <translation>Ohne Text: %1.</translation>
    </message>
    <message>
        <source>File the selected intake document into a case (Zuordnen)</source>
        <translation>Das gewählte Dokument des Posteingangs einem Vorgang zuordnen</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>Intake: documents not yet filed</source>
        <translation>Posteingang: noch nicht zugeordnete Dokumente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intake&lt;/b&gt; – documents not yet filed. Drag one onto a case, or use File into case… (Ctrl+Shift+A).</source>
        <translation>&lt;b&gt;Posteingang&lt;/b&gt; – noch nicht zugeordnete Dokumente. Ziehen Sie eines auf einen Vorgang oder wählen Sie „Vorgang zuordnen …“ (Strg+Umschalt+A).</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Add documents to the intake</source>
        <translation>Dokumente in den Posteingang aufnehmen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; filed into %2.</source>
        <translation>„%1“ dem Vorgang %2 zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) filed into the case.</source>
        <translation>
            <numerusform>%n Dokument dem Vorgang zugeordnet.</numerusform>
            <numerusform>%n Dokumente dem Vorgang zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) to documents in other cases made here.</source>
        <translation>
            <numerusform>%n Verweis auf ein Dokument in einem anderen Vorgang hier angelegt.</numerusform>
            <numerusform>%n Verweise auf Dokumente in anderen Vorgängen hier angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document is not available to you.</source>
        <translation>Das Dokument steht Ihnen nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>&amp;Link here</source>
        <translation>Hier &amp;verweisen</translation>
    </message>
    <message>
        <source>Make a reference (Verweis) in this case to the document already stored</source>
        <translation>In diesem Vorgang einen Verweis auf das bereits gespeicherte Dokument anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are filed in another case: a reference can be made here instead.</source>
        <translation>
            <numerusform>%n davon liegt in einem anderen Vorgang: stattdessen kann hier ein Verweis angelegt werden.</numerusform>
            <numerusform>%n davon liegen in einem anderen Vorgang: stattdessen können hier Verweise angelegt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Ver&amp;lauf anzeigen</translation>
    </message>
    <message>
        <source>Hist&amp;ory</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>%1 was saved – check it in as a new version?</source>
        <translation>%1 wurde gespeichert – als neue Version einchecken?</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>&amp;Einchecken…</translation>
    </message>
    <message>
        <source>Check in the saved working copy</source>
        <translation>Die gespeicherte Arbeitskopie einchecken</translation>
    </message>
    <message>
        <source>Scan paper into the selected case, or into the intake</source>
        <translation>Papier in den gewählten Vorgang oder in den Posteingang scannen</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned document(s) filed into %1.</source>
        <translation>
            <numerusform>%n gescanntes Dokument in %1 abgelegt.</numerusform>
            <numerusform>%n gescannte Dokumente in %1 abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognising text (OCR): page %1 of %2…</source>
        <translation>Texterkennung (OCR): Seite %1 von %2…</translation>
    </message>
    <message>
        <source>&amp;Details •</source>
        <translation>&amp;Details •</translation>
    </message>
    <message>
        <source>File &amp;plan and search</source>
        <translation>Akte&amp;nplan und Suche</translation>
    </message>
    <message>
        <source>Preview and &amp;details</source>
        <translation>Vorschau und &amp;Details</translation>
    </message>
    <message>
        <source>Re&amp;jected changes…</source>
        <translation>Abge&amp;lehnte Änderungen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Akte</numerusform>
            <numerusform>%n Akten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>The intake is empty. Incoming mail arrives here when you drop files onto this list, add documents without choosing a case, or scan into the intake.</source>
        <translation>Der Posteingang ist leer. Eingangspost kommt hierher, wenn Sie Dateien auf diese Liste ziehen, Dokumente ohne gewählten Vorgang hinzufügen oder in den Posteingang scannen.</translation>
    </message>
    <message>
        <source>Choose a unit of the file plan on the left to see its files.</source>
        <translation>Wählen Sie links eine Einheit des Aktenplans, um ihre Akten zu sehen.</translation>
    </message>
    <message>
        <source>There are no files under %1 %2. The unit is retired: new files go elsewhere.</source>
        <translation>Unter %1 %2 gibt es keine Akten. Die Einheit ist stillgelegt: neue Akten gehören anderswohin.</translation>
    </message>
    <message>
        <source>There are no files under %1 %2 yet. Create one with &quot;New file…&quot; (%3).</source>
        <translation>Unter %1 %2 gibt es noch keine Akte. Legen Sie eine mit „Neue Akte…“ (%3) an.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>File in&amp;to case…</source>
        <translation>Vorgang &amp;zuordnen …</translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation>&amp;Scannen …</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Jetzt a&amp;bgleichen</translation>
    </message>
    <message>
        <source>Ve&amp;rsions</source>
        <translation>V&amp;ersionen</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>Meine A&amp;ufgaben</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>Meine Aufgaben (%1)</translation>
    </message>
    <message numerus="yes">
        <source>My tasks, %n waiting</source>
        <translation>
            <numerusform>Meine Aufgaben, %n wartet</numerusform>
            <numerusform>Meine Aufgaben, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>New task: %1</source>
        <translation>Neue Aufgabe: %1</translation>
    </message>
    <message>
        <source>A step waits in My tasks.</source>
        <translation>Ein Schritt wartet in „Meine Aufgaben“.</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Routing steps and resubmissions waiting for you (Ctrl+Shift+T)</source>
        <translation>Schritte im Geschäftsgang und Wiedervorlagen, die auf Sie warten (Strg+Umschalt+T)</translation>
    </message>
    <message numerus="yes">
        <source>%n new task(s)</source>
        <translation>
            <numerusform>%n neue Aufgabe</numerusform>
            <numerusform>%n neue Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>They wait in My tasks.</source>
        <translation>Sie warten in „Meine Aufgaben“.</translation>
    </message>
    <message>
        <source>Rout&amp;ing</source>
        <translation>&amp;Geschäftsgang</translation>
    </message>
    <message>
        <source>&amp;Disposal and destruction…</source>
        <translation>Aussonderung und &amp;Vernichtung…</translation>
    </message>
    <message>
        <source>Files due for disposal, offers to the archive and its answers, destruction with four eyes</source>
        <translation>Zur Aussonderung fällige Akten, Anbietungen an das Archiv und seine Antworten, Vernichtung nach dem Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>For records officers, in a data folder connected to the central repository.</source>
        <translation>Für die Registratur, in einem mit dem zentralen Repository verbundenen Datenordner.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::MetadataForm</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::MoveDialog</name>
    <message>
        <source>Move document</source>
        <translation>Dokument verschieben</translation>
    </message>
    <message>
        <source>Move case</source>
        <translation>Vorgang verschieben</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; into the case:</source>
        <translation>„%1“ in den Vorgang verschieben:</translation>
    </message>
    <message>
        <source>Move the case %1 into the file:</source>
        <translation>Den Vorgang %1 in die Akte verschieben:</translation>
    </message>
    <message>
        <source>The document takes the next number in that case; its history stays with it.</source>
        <translation>Das Dokument erhält die nächste Nummer in diesem Vorgang; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>The case takes the next reference in that file; its old reference still finds it.</source>
        <translation>Der Vorgang erhält das nächste Vorgangszeichen in dieser Akte; unter dem alten ist er weiter auffindbar.</translation>
    </message>
    <message>
        <source>Type a Vorgangszeichen or a title to filter</source>
        <translation>Vorgangszeichen oder Titel eingeben, um zu filtern</translation>
    </message>
    <message>
        <source>Type an Aktenzeichen or a title to filter</source>
        <translation>Aktenzeichen oder Titel eingeben, um zu filtern</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Vorgänge filtern</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Akten filtern</translation>
    </message>
    <message>
        <source>Vorgangszeichen</source>
        <translation>Vorgangszeichen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>There is no other open case of this department.</source>
        <translation>Es gibt keinen anderen offenen Vorgang dieses Fachbereichs.</translation>
    </message>
    <message>
        <source>There is no other open file of this department.</source>
        <translation>Es gibt keine andere offene Akte dieses Fachbereichs.</translation>
    </message>
    <message>
        <source>Nothing chosen yet: choose the target in the list.</source>
        <translation>Noch nichts gewählt: wählen Sie das Ziel in der Liste.</translation>
    </message>
    <message>
        <source>Moves into: case %1 &quot;%2&quot; of the file %3</source>
        <translation>Wird verschoben in: Vorgang %1 „%2“ der Akte %3</translation>
    </message>
    <message>
        <source>Moves into: file %1 &quot;%2&quot;</source>
        <translation>Wird verschoben in: Akte %1 „%2“</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Vorgangstyp</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(ohne Typ)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Akte:</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation>&amp;Titel: *</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>The file %1 is closed (z.d.A.): no new cases can be created.</source>
        <translation>Die Akte %1 ist abgeschlossen (z.d.A.): Es können keine neuen Vorgänge angelegt werden.</translation>
    </message>
    <message>
        <source>The case needs a title.</source>
        <translation>Geben Sie einen Titel für den Vorgang ein.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::NewFileDialog</name>
    <message>
        <source>New file</source>
        <translation>Neue Akte</translation>
    </message>
    <message>
        <source>Plan unit</source>
        <translation>Aktenplaneinheit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Neubau Einfamilienhaus, Lindenweg 12</source>
        <translation>z. B. Neubau Einfamilienhaus, Lindenweg 12</translation>
    </message>
    <message>
        <source>FB %1 – %2</source>
        <translation>FB %1 – %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Aktentyp</translation>
    </message>
    <message>
        <source>File reference preview</source>
        <translation>Vorschau des Aktenzeichens</translation>
    </message>
    <message>
        <source>&amp;Plan unit:</source>
        <translation>&amp;Aktenplaneinheit:</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation>&amp;Titel: *</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Fachbereich:</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Vertraulichkeit:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>File reference:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(ohne Typ)</translation>
    </message>
    <message>
        <source>%1 (the number # is assigned on creation)</source>
        <translation>%1 (die Nummer # wird beim Anlegen vergeben)</translation>
    </message>
    <message>
        <source>Choose the plan unit the file belongs to.</source>
        <translation>Wählen Sie die Aktenplaneinheit, zu der die Akte gehört.</translation>
    </message>
    <message>
        <source>The file needs a title.</source>
        <translation>Geben Sie einen Titel für die Akte ein.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::PageView</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::PlanTreeModel</name>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrungsfrist: %1</translation>
    </message>
    <message>
        <source>Disposal: %1</source>
        <translation>Aussonderungsart: %1</translation>
    </message>
    <message>
        <source>Retired: no new files</source>
        <translation>Stillgelegt: keine neuen Akten</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(stillgelegt)</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::PostponeDialog</name>
    <message>
        <source>Postpone the resubmission</source>
        <translation>Wiedervorlage verschieben</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Neues Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>New &amp;date:</source>
        <translation>Neues &amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RecordActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected document, empty case or empty file (it can be restored)</source>
        <translation>Das gewählte Dokument, den leeren Vorgang oder die leere Akte löschen (wiederherstellbar)</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <source>What was deleted, to restore it</source>
        <translation>Gelöschtes ansehen und wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>Move the selected document to another case, or the case to another file</source>
        <translation>Das gewählte Dokument in einen anderen Vorgang oder den Vorgang in eine andere Akte verschieben</translation>
    </message>
    <message>
        <source>New &amp;volume…</source>
        <translation>Neuer &amp;Band …</translation>
    </message>
    <message>
        <source>Create a volume (Band) of the selected file</source>
        <translation>Einen Band der gewählten Akte anlegen</translation>
    </message>
    <message>
        <source>S&amp;hare with a department…</source>
        <translation>Für Fachbereich &amp;freigeben …</translation>
    </message>
    <message>
        <source>Let another department read the selected file, or end a share</source>
        <translation>Die gewählte Akte einem anderen Fachbereich zu lesen geben oder eine Freigabe beenden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the selected document</source>
        <translation>Das gewählte Dokument drucken</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Save a copy of the selected document outside Aktenwerk</source>
        <translation>Eine Kopie des gewählten Dokuments außerhalb von Aktenwerk speichern</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Per E-&amp;Mail senden …</translation>
    </message>
    <message>
        <source>Attach the selected document to a new e-mail</source>
        <translation>Das gewählte Dokument an eine neue E-Mail anhängen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>OCR and reference settings of this data folder</source>
        <translation>Texterkennung und Aktenzeichen dieses Datenordners einstellen</translation>
    </message>
    <message>
        <source>the file %1 &quot;%2&quot;</source>
        <translation>die Akte %1 „%2“</translation>
    </message>
    <message>
        <source>the case %1 &quot;%2&quot;</source>
        <translation>den Vorgang %1 „%2“</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation>das Dokument „%1“</translation>
    </message>
    <message>
        <source>the document %1 &quot;%2&quot;</source>
        <translation>das Dokument %1 „%2“</translation>
    </message>
    <message>
        <source>Deleted %1; it is in the recycle bin.</source>
        <translation>Gelöscht: %1; es liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>%1 ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Moved; the reference is now %1.</source>
        <translation>Verschoben; das Zeichen ist jetzt %1.</translation>
    </message>
    <message>
        <source>Volume %1 created.</source>
        <translation>Band %1 angelegt.</translation>
    </message>
    <message>
        <source>The file %1 is shared.</source>
        <translation>Die Akte %1 ist freigegeben.</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Wählen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
        <source>The document has no content yet.</source>
        <translation>Das Dokument hat noch keinen Inhalt.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Kopie gespeichert: %1</translation>
    </message>
    <message>
        <source>The document could not be prepared for the e-mail: %1</source>
        <translation>Das Dokument konnte nicht für die E-Mail vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The e-mail program opens with the document attached.</source>
        <translation>Das E-Mail-Programm öffnet sich mit dem Dokument als Anhang.</translation>
    </message>
    <message>
        <source>Attach the document to the e-mail yourself: %1</source>
        <translation>Hängen Sie das Dokument selbst an die E-Mail an: %1</translation>
    </message>
    <message>
        <source>Documents of this kind (%1) cannot be printed here: save a copy and print it from its program.</source>
        <translation>Dokumente dieser Art (%1) können hier nicht gedruckt werden: speichern Sie eine Kopie und drucken Sie sie aus ihrem Programm.</translation>
    </message>
    <message>
        <source>Print &quot;%1&quot;</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message numerus="yes">
        <source>Printed (%n page(s)).</source>
        <translation>
            <numerusform>Gedruckt (%n Seite).</numerusform>
            <numerusform>Gedruckt (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be read for printing: %1</source>
        <translation>Das Dokument konnte zum Drucken nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RecordTreeModel</name>
    <message>
        <source>File %1, department %2, %3</source>
        <translation>Akte %1, Fachbereich %2, %3</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1
Version %2 · %3 · %4
File name: %5</source>
        <translation>%1
Version %2 · %3 · %4
Dateiname: %5</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RecycleBinDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>What was deleted, newest first. Nothing here is gone: restore it with a reason, which the audit trail keeps. A document comes back into its case, so restore a deleted case first.</source>
        <translation>Gelöschtes, das Neueste zuerst. Nichts davon ist verloren: stellen Sie es mit einem Grund wieder her, den das Protokoll festhält. Ein Dokument kehrt in seinen Vorgang zurück; stellen Sie einen gelöschten Vorgang daher zuerst wieder her.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reference or title</source>
        <translation>Zeichen oder Titel</translation>
    </message>
    <message>
        <source>Where it was</source>
        <translation>Wo es lag</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <source>Reason for restoring</source>
        <translation>Grund für die Wiederherstellung</translation>
    </message>
    <message>
        <source>e.g. deleted by mistake</source>
        <translation>z. B. versehentlich gelöscht</translation>
    </message>
    <message>
        <source>R&amp;eason: *</source>
        <translation>Gr&amp;und: *</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>The recycle bin is empty: nothing has been deleted.</source>
        <translation>Der Papierkorb ist leer: nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Choose what to restore and give a reason.</source>
        <translation>Wählen Sie, was wiederhergestellt werden soll, und geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>%1 ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Discard the reason you typed?</source>
        <translation>Den eingegebenen Grund verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RejectedDialog</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>The server did not accept these changes. Nothing of them is lost: discard a change to go back to the server&apos;s state, or send it again once its cause is fixed.</source>
        <translation>Der Server hat diese Änderungen nicht angenommen. Nichts davon geht verloren: Verwerfen Sie eine Änderung, um zum Stand des Servers zurückzukehren, oder senden Sie sie erneut, wenn ihr Grund behoben ist.</translation>
    </message>
    <message>
        <source>Give the change up: the record returns to the server&apos;s state; something new that the server refused is taken back here.</source>
        <translation>Änderung aufgeben: der Eintrag kehrt zum Stand des Servers zurück; abgelehntes Neues wird hier zurückgenommen.</translation>
    </message>
    <message>
        <source>Send the change to the server again, e.g. after the file was reopened.</source>
        <translation>Die Änderung erneut an den Server senden, z. B. nachdem die Akte wieder geöffnet wurde.</translation>
    </message>
    <message>
        <source>The server has refused nothing that waits for a decision.</source>
        <translation>Der Server hat nichts abgelehnt, das auf eine Entscheidung wartet.</translation>
    </message>
    <message>
        <source>Queued again; it goes to the server with the next sync.</source>
        <translation>Erneut eingereiht; die Änderung geht mit dem nächsten Abgleich an den Server.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded: what the server refused was taken back here (%n record(s)).</source>
        <translation>
            <numerusform>Verworfen: Was der Server abgelehnt hat, wurde hier zurückgenommen (%n Eintrag).</numerusform>
            <numerusform>Verworfen: Was der Server abgelehnt hat, wurde hier zurückgenommen (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded; the server&apos;s state comes back with the next sync.</source>
        <translation>Verworfen; der Stand des Servers kommt mit dem nächsten Abgleich zurück.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RejectedModel</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>What was entered</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Reason given by the server</source>
        <translation>Begründung des Servers</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RenderClient</name>
    <message>
        <source>The display program (aktenwerk-render) is not installed.</source>
        <translation>Das Anzeigeprogramm (aktenwerk-render) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The display program (aktenwerk-render) could not be started.</source>
        <translation>Das Anzeigeprogramm (aktenwerk-render) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The page could not be displayed.</source>
        <translation>Seite konnte nicht dargestellt werden.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be displayed.</source>
        <translation>Die Datei ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Opening the file for display took too long; it was stopped.</source>
        <translation>Das Öffnen der Datei zur Anzeige dauerte zu lange; es wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The display program stopped unexpectedly; it is started again.</source>
        <translation>Das Anzeigeprogramm wurde unerwartet beendet; es wird neu gestartet.</translation>
    </message>
    <message>
        <source>The file made the display program stop.</source>
        <translation>Die Datei hat das Anzeigeprogramm zum Absturz gebracht.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>Keine Vorschau für diesen Dateityp.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password and cannot be displayed.</source>
        <translation>Das PDF ist durch ein Passwort geschützt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The PDF is damaged: it has no pages.</source>
        <translation>Das PDF ist beschädigt: es hat keine Seiten.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ReopenDialog</name>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Reopened, it can be changed again; its retention starts anew at the next closing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Wieder geöffnet kann es geändert werden; die Aufbewahrung beginnt beim nächsten Abschluss neu.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. Widerspruch eingegangen</source>
        <translation>z. B. Widerspruch eingegangen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Say why it is reopened: the reason is recorded.</source>
        <translation>Sagen Sie, warum es wieder geöffnet wird: Der Grund wird festgehalten.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ResubmissionDialog</name>
    <message>
        <source>Resubmission date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On the date it appears in the owner&apos;s tasks.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Am Datum erscheint sie in den Aufgaben des Empfängers.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. Has the applicant sent the missing plans?</source>
        <translation>z. B. Hat der Antragsteller die fehlenden Pläne nachgereicht?</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Mich (%1)</translation>
    </message>
    <message>
        <source>Queue of unit %1</source>
        <translation>Postkorb der Einheit %1</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Set resubmission</source>
        <translation>Wiedervorlage &amp;setzen</translation>
    </message>
    <message>
        <source>Say why: the reason is what the owner reads on the date.</source>
        <translation>Sagen Sie, warum: Den Grund liest der Empfänger am Datum.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RoutingActions</name>
    <message>
        <source>&amp;Start a route…</source>
        <translation>Geschäftsgang &amp;starten…</translation>
    </message>
    <message>
        <source>Route the selected document, case or file to colleagues: co-signature, signature, notice</source>
        <translation>Das gewählte Dokument, den Vorgang oder die Akte in den Geschäftsgang geben: Mitzeichnung, Zeichnung, Kenntnisnahme</translation>
    </message>
    <message>
        <source>&amp;Resubmission…</source>
        <translation>&amp;Wiedervorlage…</translation>
    </message>
    <message>
        <source>Have the selected document, case or file come back on a date, with a reason</source>
        <translation>Das gewählte Dokument, den Vorgang oder die Akte an einem Datum mit Grund wieder vorlegen lassen</translation>
    </message>
    <message>
        <source>Save routing s&amp;lip…</source>
        <translation>&amp;Laufzettel speichern…</translation>
    </message>
    <message>
        <source>The routing slip (Laufzettel) of the selected item&apos;s latest route as a PDF</source>
        <translation>Der Laufzettel des jüngsten Geschäftsgangs der Auswahl als PDF</translation>
    </message>
    <message>
        <source>&amp;Absence and deputy…</source>
        <translation>&amp;Abwesenheit und Vertretung…</translation>
    </message>
    <message>
        <source>Say when you are away and who stands in for you</source>
        <translation>Eintragen, wann Sie abwesend sind und wer Sie vertritt</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Akte %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Routing needs a data folder connected to the central repository.</source>
        <translation>Der Geschäftsgang braucht einen Datenordner, der mit der zentralen Ablage verbunden ist.</translation>
    </message>
    <message>
        <source>Asking the central repository…</source>
        <translation>Frage die zentrale Ablage…</translation>
    </message>
    <message>
        <source>The central repository refused: %1</source>
        <translation>Die zentrale Ablage hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Route started: %1.</source>
        <translation>Geschäftsgang gestartet: %1.</translation>
    </message>
    <message>
        <source>Resubmission set for %1: %2.</source>
        <translation>Wiedervorlage zum %1 gesetzt: %2.</translation>
    </message>
    <message>
        <source>Absence withdrawn.</source>
        <translation>Abwesenheit zurückgenommen.</translation>
    </message>
    <message>
        <source>Absence set: %1 to %2.</source>
        <translation>Abwesenheit eingetragen: %1 bis %2.</translation>
    </message>
    <message>
        <source>Save routing slip</source>
        <translation>Laufzettel speichern</translation>
    </message>
    <message>
        <source>Routing slip %1.pdf</source>
        <translation>Laufzettel %1.pdf</translation>
    </message>
    <message>
        <source>Routing slip saved: %1</source>
        <translation>Laufzettel gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 has not been routed yet: there is no routing slip.</source>
        <translation>%1 war noch nicht im Geschäftsgang: Es gibt keinen Laufzettel.</translation>
    </message>
    <message>
        <source>The routing slip could not be written to %1: %2</source>
        <translation>Der Laufzettel konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Close (z.d.A.)…</source>
        <translation>Abs&amp;chließen (z.d.A.)…</translation>
    </message>
    <message>
        <source>Close the selected file or case: it becomes read-only and its retention starts</source>
        <translation>Die gewählte Akte oder den Vorgang abschließen: schreibgeschützt, die Aufbewahrung beginnt</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Wieder &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open the selected closed file or case again</source>
        <translation>Die gewählte abgeschlossene Akte oder den Vorgang wieder öffnen</translation>
    </message>
    <message>
        <source>Closed (z.d.A.): %1.</source>
        <translation>Abgeschlossen (z.d.A.): %1.</translation>
    </message>
    <message>
        <source>Reopened: %1.</source>
        <translation>Wieder geöffnet: %1.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ScanDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <source>Letter (216 × 279 mm)</source>
        <translation>US-Letter (216 × 279 mm)</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Flachbett</translation>
    </message>
    <message>
        <source>Document feeder (one side)</source>
        <translation>Einzug (einseitig)</translation>
    </message>
    <message>
        <source>Document feeder (both sides)</source>
        <translation>Einzug (beidseitig, Duplex)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>S&amp;cannen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Split into documents at &amp;blank sheets</source>
        <translation>An leeren Blättern in Dokumente &amp;trennen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>The scanned documents go into the intake (Posteingang).</source>
        <translation>Die gescannten Dokumente kommen in den Posteingang.</translation>
    </message>
    <message>
        <source>The scanned documents go into the case %1.</source>
        <translation>Die gescannten Dokumente kommen in den Vorgang %1.</translation>
    </message>
    <message>
        <source>Target of the scan</source>
        <translation>Ziel des Scans</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Search for scanners again</source>
        <translation>Erneut nach Scannern suchen</translation>
    </message>
    <message>
        <source>Search for scanners again (network scanners can take a few seconds)</source>
        <translation>Erneut nach Scannern suchen (Netzwerkscanner können einige Sekunden brauchen)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Scanner search</source>
        <translation>Scannersuche</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>Papierquelle</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Farbmodus</translation>
    </message>
    <message>
        <source>Colour &amp;mode:</source>
        <translation>&amp;Farbmodus:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seitenfor&amp;mat:</translation>
    </message>
    <message>
        <source>At most this many pages from the feeder</source>
        <translation>Höchstens so viele Seiten aus dem Einzug</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>The feeder stops after this many pages; &quot;all&quot; scans until it is empty.</source>
        <translation>Der Einzug hält nach so vielen Seiten an; „alle“ scannt, bis er leer ist.</translation>
    </message>
    <message>
        <source>Pages from the &amp;feeder:</source>
        <translation>Seiten aus dem &amp;Einzug:</translation>
    </message>
    <message>
        <source>Cancel the scan or the filing</source>
        <translation>Scannen oder Ablegen abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>Was gerade geschieht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Check the pages</source>
        <translation>Seiten prüfen</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Rotate 180°</source>
        <translation>Um 180° drehen</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten verschieben</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Seite löschen</translation>
    </message>
    <message>
        <source>Keep page</source>
        <translation>Seite behalten</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>Gescannte Seiten</translation>
    </message>
    <message>
        <source>Blank below &amp;ink coverage:</source>
        <translation>Leer &amp;unter Deckungsgrad:</translation>
    </message>
    <message>
        <source>Blank page threshold</source>
        <translation>Schwelle für leere Seiten</translation>
    </message>
    <message>
        <source>Blank page threshold in percent</source>
        <translation>Schwelle für leere Seiten in Prozent</translation>
    </message>
    <message>
        <source>Pages with less ink than this share are proposed as blank</source>
        <translation>Seiten mit weniger Schwärzung als diesem Anteil werden als leer vorgeschlagen</translation>
    </message>
    <message>
        <source>Split into documents at blank sheets</source>
        <translation>An leeren Blättern in Dokumente trennen</translation>
    </message>
    <message>
        <source>Documents to be filed</source>
        <translation>Abzulegende Dokumente</translation>
    </message>
    <message>
        <source>File the pages</source>
        <translation>Seiten ablegen</translation>
    </message>
    <message>
        <source>Recognise the text and file the pages as searchable PDF documents</source>
        <translation>Text erkennen und die Seiten als durchsuchbare PDF-Dokumente ablegen</translation>
    </message>
    <message>
        <source>Searching for scanners…</source>
        <translation>Scanner werden gesucht…</translation>
    </message>
    <message>
        <source>No scanner found. Check that it is switched on and connected, then search again.</source>
        <translation>Kein Scanner gefunden. Prüfen Sie, ob er eingeschaltet und angeschlossen ist, und suchen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>%n Scanner gefunden.</numerusform>
            <numerusform>%n Scanner gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the settings of %1…</source>
        <translation>Einstellungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>Bereit: %1.</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Largest the device scans (%1 × %2 mm)</source>
        <translation>Größtes Format des Geräts (%1 × %2 mm)</translation>
    </message>
    <message>
        <source>Starting the scanner…</source>
        <translation>Scanner wird gestartet…</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>Seite %1 wird gescannt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>%n Seite gescannt.</numerusform>
            <numerusform>%n Seiten gescannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan failed (%1).</source>
        <translation>Das Scannen ist fehlgeschlagen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before stay in the review.</source>
        <translation>
            <numerusform>Die vorher gescannte Seite bleibt in der Prüfung.</numerusform>
            <numerusform>Die %n vorher gescannten Seiten bleiben in der Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the filing…</source>
        <translation>Ablegen wird abgebrochen…</translation>
    </message>
    <message>
        <source>Stopping the scanner…</source>
        <translation>Scanner wird angehalten…</translation>
    </message>
    <message>
        <source>The page image cannot be read.</source>
        <translation>Das Seitenbild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The turned or straightened page could not be saved.</source>
        <translation>Die gedrehte oder begradigte Seite konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The turned page could not be saved.</source>
        <translation>Die gedrehte Seite konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) removed as separator sheets</source>
        <translation>
            <numerusform>%n leere Seite als Trennblatt entfernt</numerusform>
            <numerusform>%n leere Seiten als Trennblätter entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) removed</source>
        <translation>
            <numerusform>%n leere Seite entfernt</numerusform>
            <numerusform>%n leere Seiten entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) deleted</source>
        <translation>
            <numerusform>%n Seite gelöscht</numerusform>
            <numerusform>%n Seiten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>order of pages changed</source>
        <translation>Reihenfolge der Seiten geändert</translation>
    </message>
    <message>
        <source>page %1 rotated automatically (%2°)</source>
        <translation>Seite %1 automatisch gedreht (%2°)</translation>
    </message>
    <message>
        <source>page %1 rotated (%2°)</source>
        <translation>Seite %1 gedreht (%2°)</translation>
    </message>
    <message>
        <source>page %1 straightened (%2°)</source>
        <translation>Seite %1 begradigt (%2°)</translation>
    </message>
    <message>
        <source>No pages yet.</source>
        <translation>Noch keine Seiten.</translation>
    </message>
    <message>
        <source>Every page is blank: nothing to file.</source>
        <translation>Alle Seiten sind leer: nichts abzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) will be filed.</source>
        <translation>
            <numerusform>%n Dokument wird abgelegt.</numerusform>
            <numerusform>%n Dokumente werden abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan more pages into this batch</source>
        <translation>Weitere Seiten in diesen Stapel scannen</translation>
    </message>
    <message>
        <source>There is no page to file.</source>
        <translation>Es gibt keine Seite zum Ablegen.</translation>
    </message>
    <message>
        <source>unknown scanner</source>
        <translation>unbekannter Scanner</translation>
    </message>
    <message>
        <source>Recognising the text…</source>
        <translation>Text wird erkannt…</translation>
    </message>
    <message>
        <source>%1 of %2 pages recognised…</source>
        <translation>%1 von %2 Seiten erkannt…</translation>
    </message>
    <message>
        <source>the intake</source>
        <translation>den Posteingang</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>den Vorgang %1</translation>
    </message>
    <message>
        <source>Open a &amp;kept batch…</source>
        <translation>&amp;Behaltenen Stapel öffnen…</translation>
    </message>
    <message>
        <source>Open a kept batch</source>
        <translation>Behaltenen Stapel öffnen</translation>
    </message>
    <message>
        <source>Review and file pages kept from an earlier scan that was not filed</source>
        <translation>Seiten eines früheren, nicht abgelegten Scans prüfen und ablegen</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>Ab&amp;legen</translation>
    </message>
    <message>
        <source>Sca&amp;n more</source>
        <translation>Weitere s&amp;cannen</translation>
    </message>
    <message>
        <source>Only batches kept in %1 can be opened here; add other files with &quot;Add documents&quot;.</source>
        <translation>Hier lassen sich nur Stapel aus %1 öffnen; andere Dateien fügen Sie mit „Dokumente hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Keep a page proposed as blank or as a separator sheet</source>
        <translation>Eine als leer oder als Trennblatt vorgeschlagene Seite behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n printed separator sheet(s) removed</source>
        <translation>
            <numerusform>%n gedrucktes Trennblatt entfernt</numerusform>
            <numerusform>%n gedruckte Trennblätter entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages could not be filed: %1</source>
        <translation>Die Seiten konnten nicht abgelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were filed before that; their pages have left the review.</source>
        <translation>
            <numerusform>%n Dokument wurde vorher abgelegt; seine Seiten sind nicht mehr in der Durchsicht.</numerusform>
            <numerusform>%n Dokumente wurden vorher abgelegt; ihre Seiten sind nicht mehr in der Durchsicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No page is lost: the others are kept in %1 and stay here in the review.</source>
        <translation>Keine Seite geht verloren: Die übrigen liegen in %1 und bleiben hier in der Durchsicht.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ScanPageModel</name>
    <message>
        <source>Blank: will be removed</source>
        <translation>Leer: wird entfernt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Rotated automatically</source>
        <translation>Automatisch gedreht</translation>
    </message>
    <message>
        <source>Straightened</source>
        <translation>Begradigt</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>ink coverage %1 %</source>
        <translation>Deckungsgrad %1 %</translation>
    </message>
    <message>
        <source>Separator sheet: starts a new document</source>
        <translation>Trennblatt: beginnt ein neues Dokument</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::SearchPanel</name>
    <message>
        <source>Search (Ctrl+F): words, &quot;phrases&quot;, az:63.01.02 …</source>
        <translation>Suchen (Strg+F): Wörter, „Wortfolgen“, az:63.01.02 …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n hits; the best of the newest are shown.</source>
        <translation>
            <numerusform>Mehr als %n Treffer; die besten der neuesten werden gezeigt.</numerusform>
            <numerusform>Mehr als %n Treffer; die besten der neuesten werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Enter runs a saved search; Del removes it.</source>
        <translation>Eingabetaste führt eine gespeicherte Suche aus; Entf entfernt sie.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this search (Ctrl+Shift+S)</source>
        <translation>Diese Suche speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Fachbereiche</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Narrow the hits by %1</source>
        <translation>Treffer eingrenzen nach %1</translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Gespeicherte Suche entfernen</translation>
    </message>
    <message>
        <source>Narrow the hits by %1 (counted over the newest %2 hits)</source>
        <translation>Treffer eingrenzen nach %1 (gezählt über die neuesten %2 Treffer)</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <source>How to search (F1)</source>
        <translation>So suchen Sie (F1)</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>So suchen Sie</translation>
    </message>
    <message>
        <source>dept</source>
        <comment>search field for the department (German: fb)</comment>
        <translation>fb</translation>
    </message>
    <message>
        <source>type</source>
        <comment>search field for the document type (German: typ)</comment>
        <translation>typ</translation>
    </message>
    <message>
        <source>year</source>
        <comment>search field for the year (German: jahr)</comment>
        <translation>jahr</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to search&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Bauantrag Müller&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;both words, in any form (Bauanträge, mueller, MÜLLER)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;Lindenweg 12&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the words in this order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;bauan*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words that start so (at least three letters)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Garage OR Carport&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-Widerspruch&lt;/tt&gt;, &lt;tt&gt;NOT Widerspruch&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;63.01.02-0045/2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;this file or case reference, exactly, also inside a text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;az:63.01.02&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the documents of a file or case, or of every file under a plan unit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;title:Bauantrag&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the word in the title of the document, its case or file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;type:Bescheid&lt;/tt&gt; &lt;tt&gt;dept:63&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;document type; department&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:open&lt;/tt&gt; &lt;tt&gt;status:closed&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;open documents; closed ones (z.d.A.)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sender:Krüger&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sender of a letter or e-mail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;documents created in that year&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;from:2026-01-01 to:2026-03-31&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;documents created in this range&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The German words work as well: ODER, NICHT, titel:, typ:, fb:, status:offen|geschlossen, absender:, jahr:, von:, bis: (dates also as 31.03.2026).&lt;/p&gt;&lt;p&gt;Upper and lower case, ä/ae, ö/oe, ü/ue and ß/ss are the same. Titles weigh most. With more than 2,000 hits the best of the newest 2,000 are shown: narrow the search with more words or a filter below the field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;So suchen Sie&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Bauantrag Müller&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;beide Wörter, in jeder Form (Bauanträge, mueller, MÜLLER)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;Lindenweg 12&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;die Wörter in dieser Reihenfolge&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;bauan*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Wörter, die so beginnen (mindestens drei Buchstaben)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Garage ODER Carport&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;eines der beiden Wörter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-Widerspruch&lt;/tt&gt;, &lt;tt&gt;NICHT Widerspruch&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;ohne dieses Wort&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;63.01.02-0045/2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;dieses Aktenzeichen oder Vorgangszeichen, genau, auch in einem Text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;az:63.01.02&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;die Dokumente einer Akte oder eines Vorgangs, oder aller Akten unter einer Aktenplaneinheit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;titel:Bauantrag&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;das Wort im Titel des Dokuments, seines Vorgangs oder seiner Akte&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;typ:Bescheid&lt;/tt&gt; &lt;tt&gt;fb:63&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Dokumenttyp; Fachbereich&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:offen&lt;/tt&gt; &lt;tt&gt;status:geschlossen&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;offene Dokumente; geschlossene (z.d.A.)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;absender:Krüger&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Absender eines Schreibens oder einer E-Mail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;jahr:2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Dokumente, die in diesem Jahr angelegt wurden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;von:01.01.2026 bis:31.03.2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Dokumente, die in diesem Zeitraum angelegt wurden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Die englischen Wörter gelten ebenso: OR, NOT, title:, type:, dept:, status:open|closed, sender:, year:, from:, to: (Datum auch als 2026-03-31).&lt;/p&gt;&lt;p&gt;Groß- und Kleinschreibung, ä/ae, ö/oe, ü/ue und ß/ss gelten gleich. Treffer im Titel zählen am meisten. Bei mehr als 2.000 Treffern werden die besten der neuesten 2.000 gezeigt: grenzen Sie die Suche mit weiteren Wörtern oder einem Filter unter dem Suchfeld ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or leave out a filter.</source>
        <translation>Nichts gefunden. Versuchen Sie es mit weniger Wörtern oder ohne einen der Filter.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or the beginning of a word (bauan*).</source>
        <translation>Nichts gefunden. Versuchen Sie es mit weniger Wörtern oder dem Anfang eines Worts (bauan*).</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>keine Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>The best %n files and cases</source>
        <translation>
            <numerusform>Die besten %n Akten und Vorgänge</numerusform>
            <numerusform>Die besten %n Akten und Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or case(s)</source>
        <translation>
            <numerusform>%n Akte oder Vorgang</numerusform>
            <numerusform>%n Akten oder Vorgänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::SearchResultModel</name>
    <message>
        <source>Intake</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Abgelegt in</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File %1, department %2, %3</source>
        <translation>Akte %1, Fachbereich %2, %3</translation>
    </message>
    <message>
        <source>Case %1 in file %2, %3</source>
        <translation>Vorgang %1 in Akte %2, %3</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>in file %1</source>
        <translation>in Akte: %1</translation>
    </message>
    <message>
        <source>FB %1</source>
        <translation>FB %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::SettingsDialog</name>
    <message>
        <source>Recognise text (&amp;OCR) when images and PDFs without text are imported</source>
        <translation>Text &amp;erkennen (OCR), wenn Bilder und PDFs ohne Text importiert werden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>These settings apply to everyone who works with this data folder.</source>
        <translation>Diese Einstellungen gelten für alle, die mit diesem Datenordner arbeiten.</translation>
    </message>
    <message>
        <source>These settings apply to everyone who works with this data folder; only an administrator can change them.</source>
        <translation>Diese Einstellungen gelten für alle, die mit diesem Datenordner arbeiten; nur die Administration kann sie ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text recognition&lt;/b&gt;</source>
        <translation>&lt;b&gt;Texterkennung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Image quality of scanned pages</source>
        <translation>Bildqualität gescannter Seiten</translation>
    </message>
    <message>
        <source>Image &amp;quality of colour and grey pages:</source>
        <translation>Bild&amp;qualität farbiger und grauer Seiten:</translation>
    </message>
    <message>
        <source>Pages below this recognition quality are flagged</source>
        <translation>Seiten unter dieser Erkennungsgüte werden markiert</translation>
    </message>
    <message>
        <source>Flag pages recognised &amp;below:</source>
        <translation>Seiten markieren mit Erkennungsgüte &amp;unter:</translation>
    </message>
    <message>
        <source>&lt;b&gt;References&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktenzeichen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Template of file references</source>
        <translation>Muster der Aktenzeichen</translation>
    </message>
    <message>
        <source>&amp;Files (Aktenzeichen):</source>
        <translation>&amp;Akten (Aktenzeichen):</translation>
    </message>
    <message>
        <source>Template of case references</source>
        <translation>Muster der Vorgangszeichen</translation>
    </message>
    <message>
        <source>&amp;Cases (Vorgangszeichen):</source>
        <translation>&amp;Vorgänge (Vorgangszeichen):</translation>
    </message>
    <message>
        <source>Placeholders: {plan} file plan code, {seq} running number of the file, {year}, {file} the file&apos;s reference, {case} running number of the case; {seq:04} pads with zeros. New references follow a change; existing ones stay.</source>
        <translation>Platzhalter: {plan} Aktenplankennzeichen, {seq} laufende Nummer der Akte, {year} Jahr, {file} Aktenzeichen der Akte, {case} laufende Nummer des Vorgangs; {seq:04} füllt mit Nullen auf. Neue Zeichen folgen einer Änderung; vorhandene bleiben.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Die Einstellungen sind gespeichert.</translation>
    </message>
    <message>
        <source>Save the changed settings?</source>
        <translation>Die geänderten Einstellungen speichern?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ShareDialog</name>
    <message>
        <source>&amp;Until (end of the day):</source>
        <translation>&amp;Bis (Ende des Tages):</translation>
    </message>
    <message>
        <source>&amp;Revoke share</source>
        <translation>Freigabe &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Share file</source>
        <translation>Akte freigeben</translation>
    </message>
    <message>
        <source>Let another department read the file %1 &quot;%2&quot; with its cases and documents. Changing it stays with your department.</source>
        <translation>Einem anderen Fachbereich die Akte %1 „%2“ mit ihren Vorgängen und Dokumenten zu lesen geben. Ändern bleibt Ihrem Fachbereich vorbehalten.</translation>
    </message>
    <message>
        <source>Department to share with</source>
        <translation>Fachbereich, für den freigegeben wird</translation>
    </message>
    <message>
        <source>– choose a department –</source>
        <translation>– Fachbereich wählen –</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Fachbereich %1</translation>
    </message>
    <message>
        <source>&amp;Department: *</source>
        <translation>&amp;Fachbereich: *</translation>
    </message>
    <message>
        <source>Last day of the share</source>
        <translation>Letzter Tag der Freigabe</translation>
    </message>
    <message>
        <source>&amp;Shared with:</source>
        <translation>Freigegeben &amp;für:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Shares of the file</source>
        <translation>Freigaben der Akte</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>until revoked</source>
        <translation>bis auf Widerruf</translation>
    </message>
    <message>
        <source>Not shared: only department %1 reads it.</source>
        <translation>Nicht freigegeben: nur Fachbereich %1 liest sie.</translation>
    </message>
    <message>
        <source>The share with department %1 is revoked.</source>
        <translation>Die Freigabe für Fachbereich %1 ist zurückgenommen.</translation>
    </message>
    <message>
        <source>Choose the department to share the file with.</source>
        <translation>Wählen Sie den Fachbereich, für den die Akte freigegeben wird.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::StartRouteDialog</name>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Para&amp;llel with the step before</source>
        <translation>&amp;Parallel zum Schritt davor</translation>
    </message>
    <message>
        <source>Start a route</source>
        <translation>Geschäftsgang starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The steps run one after another; a step marked parallel runs together with the one before. The server checks every step.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Die Schritte laufen nacheinander; ein als parallel markierter Schritt läuft zusammen mit dem davor. Der Server prüft jeden Schritt.</translation>
    </message>
    <message>
        <source>No template – own steps</source>
        <translation>Keine Vorlage – eigene Schritte</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Your department has no route templates yet.</source>
        <translation>Ihr Fachbereich hat noch keine Vorlagen für Geschäftsgänge.</translation>
    </message>
    <message>
        <source>Begin with a template of your department</source>
        <translation>Mit einer Vorlage Ihres Fachbereichs beginnen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Sch&amp;ritte:</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>login, unit:CODE or lead:CODE</source>
        <translation>Kennung, unit:KÜRZEL oder lead:KÜRZEL</translation>
    </message>
    <message>
        <source>e.g. Please check the drainage plan</source>
        <translation>z. B. Bitte den Entwässerungsplan prüfen</translation>
    </message>
    <message>
        <source>Runs at the same time as the step above (e.g. several co-signers)</source>
        <translation>Läuft gleichzeitig mit dem Schritt darüber (z. B. mehrere Mitzeichnende)</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Gewählter Schritt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>An&amp;weisung:</translation>
    </message>
    <message>
        <source>&amp;Start route</source>
        <translation>Geschäftsgang &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Replace the steps you entered with those of the template &quot;%1&quot;?</source>
        <translation>Die eingegebenen Schritte durch die der Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>(addressee missing)</source>
        <translation>(Empfänger fehlt)</translation>
    </message>
    <message>
        <source>A route needs at least one step: add one.</source>
        <translation>Ein Geschäftsgang braucht mindestens einen Schritt: Fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>Step %1 has no addressee: a login, unit:CODE or lead:CODE.</source>
        <translation>Schritt %1 hat keinen Empfänger: eine Kennung, unit:KÜRZEL oder lead:KÜRZEL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no addressee: a login, unit:CODE or lead:CODE.</source>
        <translation>„%1“ ist kein Empfänger: eine Kennung, unit:KÜRZEL oder lead:KÜRZEL.</translation>
    </message>
    <message>
        <source>The deadline of step %1 has passed already.</source>
        <translation>Die Frist von Schritt %1 ist schon verstrichen.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation>Online · abgeglichen %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n Änderung wartet</numerusform>
            <numerusform> · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n Konflikt</numerusform>
            <numerusform> · %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>This data folder is not connected to a central repository.</source>
        <translation>Dieser Datenordner ist mit keinem zentralen Ablageort verbunden.</translation>
    </message>
    <message numerus="yes">
        <source> · %n refused by the server</source>
        <translation>
            <numerusform> · %n vom Server abgelehnt</numerusform>
            <numerusform> · %n vom Server abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::VersionCommentDialog</name>
    <message>
        <source>Comment for the new version</source>
        <translation>Kommentar zur neuen Version</translation>
    </message>
    <message>
        <source>optional: what changed and why</source>
        <translation>optional: was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::VersionFormat</name>
    <message>
        <source>%1 (parallel to version %2)</source>
        <translation>%1 (parallel zu Version %2)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>Bild (%1)</translation>
    </message>
    <message>
        <source>Text document (%1)</source>
        <translation>Textdokument (%1)</translation>
    </message>
    <message>
        <source>flatbed</source>
        <translation>Flachbett</translation>
    </message>
    <message>
        <source>document feeder, one side</source>
        <translation>Einzug, einseitig</translation>
    </message>
    <message>
        <source>document feeder, both sides</source>
        <translation>Einzug, beidseitig</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>greyscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>black and white</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (vorläufig)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::VolumeDialog</name>
    <message>
        <source>New volume</source>
        <translation>Neuer Band</translation>
    </message>
    <message>
        <source>A new volume (Band) of the file %1 &quot;%2&quot;. New cases can be placed in it.</source>
        <translation>Ein neuer Band der Akte %1 „%2“. Neue Vorgänge können darin abgelegt werden.</translation>
    </message>
    <message>
        <source>Title of the volume</source>
        <translation>Titel des Bandes</translation>
    </message>
    <message>
        <source>e.g. Band 2 (ab 2027)</source>
        <translation>z. B. Band 2 (ab 2027)</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation>&amp;Titel: *</translation>
    </message>
    <message>
        <source>&amp;Volumes of the file:</source>
        <translation>&amp;Bände der Akte:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Volumes of the file</source>
        <translation>Bände der Akte</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>The file has no volumes yet.</source>
        <translation>Die Akte hat noch keine Bände.</translation>
    </message>
    <message>
        <source>The volume needs a title.</source>
        <translation>Der Band braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::AuditLog</name>
    <message>
        <source>Audit event %1 is missing.</source>
        <translation>Der Protokolleintrag %1 fehlt.</translation>
    </message>
    <message>
        <source>Audit event %1 does not follow the event before it.</source>
        <translation>Der Protokolleintrag %1 schließt nicht an den vorherigen Eintrag an.</translation>
    </message>
    <message>
        <source>Audit event %1 was altered.</source>
        <translation>Der Protokolleintrag %1 wurde verändert.</translation>
    </message>
    <message>
        <source>Audit event %1 differs from the anchored head of the chain.</source>
        <translation>Der Protokolleintrag %1 weicht vom gesicherten letzten Eintrag (Anker) der Kette ab.</translation>
    </message>
    <message>
        <source>The audit log ends before event %1, which was recorded as its head: events were removed from the end.</source>
        <translation>Das Prüfprotokoll endet vor dem Eintrag %1, der als letzter Eintrag gesichert wurde: Am Ende wurden Einträge entfernt.</translation>
    </message>
    <message>
        <source>Cannot write the audit anchor.</source>
        <translation>Die Ankerdatei des Prüfprotokolls kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::CheckOuts</name>
    <message>
        <source>no connection to the server was opened</source>
        <translation>es wurde keine Verbindung zum Server geöffnet</translation>
    </message>
    <message>
        <source>The document does not exist.</source>
        <translation>Das Dokument ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no content to edit.</source>
        <translation>Das Dokument „%1“ hat keinen Inhalt, der bearbeitet werden könnte.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is closed and can no longer be changed.</source>
        <translation>Das Dokument „%1“ ist abgeschlossen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The folder for the working copy cannot be created.</source>
        <translation>Der Ordner für die Arbeitskopie kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The document is not checked out here.</source>
        <translation>Das Dokument ist hier nicht ausgecheckt.</translation>
    </message>
    <message>
        <source>The working copy %1 cannot be read.</source>
        <translation>Die Arbeitskopie %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The working copy cannot be read.</source>
        <translation>Die Arbeitskopie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not checked out here. Check it out first (checkout).</source>
        <translation>„%1“ ist hier nicht ausgecheckt. Checken Sie es zuerst aus (checkout).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>A check-out can only be broken while the server can be reached.</source>
        <translation>Ein Auschecken kann nur aufgehoben werden, solange der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>The document has no version %1.</source>
        <translation>Das Dokument hat keine Version %1.</translation>
    </message>
    <message>
        <source>Restored from version %1</source>
        <translation>Wiederhergestellt aus Version %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Command</name>
    <message>
        <source>change a setting</source>
        <translation>Einstellung ändern</translation>
    </message>
    <message>
        <source>create a department</source>
        <translation>Fachbereich anlegen</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>create a plan unit</source>
        <translation>Aktenplaneinheit anlegen</translation>
    </message>
    <message>
        <source>change a plan unit</source>
        <translation>Aktenplaneinheit ändern</translation>
    </message>
    <message>
        <source>create a file</source>
        <translation>Akte anlegen</translation>
    </message>
    <message>
        <source>create a volume</source>
        <translation>Band anlegen</translation>
    </message>
    <message>
        <source>create a case</source>
        <translation>Vorgang anlegen</translation>
    </message>
    <message>
        <source>add a document</source>
        <translation>Dokument ablegen</translation>
    </message>
    <message>
        <source>add a version</source>
        <translation>Version hinzufügen</translation>
    </message>
    <message>
        <source>change fields</source>
        <translation>Felder ändern</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>resolve a conflict</source>
        <translation>Konflikt auflösen</translation>
    </message>
    <message>
        <source>connect to the server</source>
        <translation>mit dem Server verbinden</translation>
    </message>
    <message>
        <source>receive changes</source>
        <translation>Änderungen empfangen</translation>
    </message>
    <message>
        <source>file into a case</source>
        <translation>in einen Vorgang ablegen</translation>
    </message>
    <message>
        <source>add a reference</source>
        <translation>Verweis anlegen</translation>
    </message>
    <message>
        <source>check out</source>
        <translation>auschecken</translation>
    </message>
    <message>
        <source>check in</source>
        <translation>einchecken</translation>
    </message>
    <message>
        <source>cancel a check-out</source>
        <translation>Auschecken abbrechen</translation>
    </message>
    <message>
        <source>break a check-out</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>discard a refused change</source>
        <translation>abgelehnte Änderung verwerfen</translation>
    </message>
    <message>
        <source>send a refused change again</source>
        <translation>abgelehnte Änderung erneut senden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1: „%2“</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>restore what was deleted</source>
        <translation>Gelöschtes wiederherzustellen</translation>
    </message>
    <message>
        <source>move a document</source>
        <translation>Dokument verschieben</translation>
    </message>
    <message>
        <source>move a case</source>
        <translation>Vorgang verschieben</translation>
    </message>
    <message>
        <source>share a file</source>
        <translation>Akte freigeben</translation>
    </message>
    <message>
        <source>end a share</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>Fachbereich %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::CommandArgs</name>
    <message>
        <source>&quot;%1&quot; is not a valid id.</source>
        <translation>„%1“ ist keine gültige Kennung.</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>Der Titel ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <source>Known settings: %1</source>
        <translation>Bekannte Einstellungen: %1</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is &quot;on&quot; or &quot;off&quot;.</source>
        <translation>Die Einstellung „%1“ ist „on“ oder „off“.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is a number from %2 to 100.</source>
        <translation>Die Einstellung „%1“ ist eine Zahl von %2 bis 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid department code.</source>
        <translation>„%1“ ist kein gültiges Fachbereichskürzel.</translation>
    </message>
    <message>
        <source>The department %1 needs a name.</source>
        <translation>Der Fachbereich %1 benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level.</source>
        <translation>Unbekannte Vertraulichkeitsstufe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name.</source>
        <translation>„%1“ ist kein gültiger Anmeldename.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unbekannte Rolle „%1“.</translation>
    </message>
    <message>
        <source>The retention period of %1 must be a number of years or &quot;unbefristet&quot;.</source>
        <translation>Die Aufbewahrungsfrist von %1 muss eine Anzahl von Jahren oder „unbefristet“ sein.</translation>
    </message>
    <message>
        <source>The disposal type of %1 must be A, B or V.</source>
        <translation>Die Aussonderungsart von %1 muss A, B oder V sein.</translation>
    </message>
    <message>
        <source>The retention period must be a number of years or &quot;unbefristet&quot;.</source>
        <translation>Die Aufbewahrungsfrist muss eine Anzahl von Jahren oder „unbefristet“ sein.</translation>
    </message>
    <message>
        <source>The disposal type must be A, B or V.</source>
        <translation>Die Aussonderungsart muss A, B oder V sein.</translation>
    </message>
    <message>
        <source>The file needs a title.</source>
        <translation>Geben Sie einen Titel für die Akte ein.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level &quot;%1&quot;.</source>
        <translation>Unbekannte Vertraulichkeitsstufe „%1“.</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <translation>Das Jahr %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The volume needs a title.</source>
        <translation>Der Band benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The case needs a title.</source>
        <translation>Geben Sie einen Titel für den Vorgang ein.</translation>
    </message>
    <message>
        <source>The content reference is not valid.</source>
        <translation>Der Verweis auf den Inhalt ist ungültig.</translation>
    </message>
    <message>
        <source>Unknown version origin.</source>
        <translation>Unbekannte Herkunft der Version.</translation>
    </message>
    <message>
        <source>The document needs a title.</source>
        <translation>Das Dokument benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The id of the new document is not valid.</source>
        <translation>Die Kennung des neuen Dokuments ist nicht gültig.</translation>
    </message>
    <message>
        <source>The working copy is not valid.</source>
        <translation>Die Arbeitskopie ist ungültig.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Keep either &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>Geben Sie entweder „mine“ (meine behalten) oder „theirs“ (deren behalten) an.</translation>
    </message>
    <message>
        <source>Name the refused change (its operation id).</source>
        <translation>Nennen Sie die abgelehnte Änderung (ihre Vorgangskennung).</translation>
    </message>
    <message>
        <source>The server address and the user name are needed.</source>
        <translation>Die Serveradresse und der Anmeldename sind erforderlich.</translation>
    </message>
    <message>
        <source>The server names an unknown role: %1</source>
        <translation>Der Server nennt eine unbekannte Rolle: %1</translation>
    </message>
    <message>
        <source>The server&apos;s user record has no valid id.</source>
        <translation>Der Benutzereintrag des Servers hat keine gültige Kennung.</translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit trail.</source>
        <translation>Geben Sie einen Grund an; er wird im Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Choose the file to move the case into.</source>
        <translation>Wählen Sie die Akte, in die der Vorgang verschoben wird.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Wählen Sie den Fachbereich.</translation>
    </message>
    <message>
        <source>The end of the share is not a date.</source>
        <translation>Das Ende der Freigabe ist kein Datum.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ContentStore</name>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1.</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk.</source>
        <translation>Der Ordner %1 kann nicht dauerhaft auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot create a file in the content store.</source>
        <translation>Im Inhaltsspeicher kann keine Datei angelegt werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write to the content store.</source>
        <translation>In den Inhaltsspeicher kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot flush the content to disk.</source>
        <translation>Der Inhalt kann nicht dauerhaft auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot store the content.</source>
        <translation>Der Inhalt kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The content %1 is missing from the content store.</source>
        <translation>Der Inhalt %1 fehlt im Inhaltsspeicher.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its size is wrong.</source>
        <translation>Der Inhalt %1 ist beschädigt: Die Größe stimmt nicht.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its checksum is wrong.</source>
        <translation>Der Inhalt %1 ist beschädigt: Die Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its checksum is wrong. Nothing was written.</source>
        <translation>Der Inhalt %1 ist beschädigt: Die Prüfsumme stimmt nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Credentials</name>
    <message>
        <source>No keychain is available: the password will be asked each time.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Das Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The keychain did not answer: the password will be asked each time.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet: Das Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The keychain refused the password: it will be asked each time.</source>
        <translation>Der Schlüsselbund hat das Passwort abgelehnt: Es wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>No keychain is available: enter the password.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The keychain did not answer: enter the password.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet: Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: enter the password.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: Geben Sie das Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Database</name>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local index is busy. Try again in a moment.</source>
        <translation>Der lokale Index ist gerade belegt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The local index is read-only.</source>
        <translation>Der lokale Index ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The local index cannot be read or written.</source>
        <translation>Der lokale Index kann nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The local index is damaged.</source>
        <translation>Der lokale Index ist beschädigt.</translation>
    </message>
    <message>
        <source>An entry with this key already exists.</source>
        <translation>Ein Eintrag mit diesem Schlüssel ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the local index.</source>
        <translation>Die Änderung verletzt eine Regel des lokalen Index.</translation>
    </message>
    <message>
        <source>The local index reported an error.</source>
        <translation>Der lokale Index hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The local index is not open.</source>
        <translation>Der lokale Index ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::DemoData</name>
    <message>
        <source>The data folder already holds a file plan or files; demo data is only added to an empty folder.</source>
        <translation>Der Datenordner enthält bereits einen Aktenplan oder Akten; Beispieldaten werden nur in einen leeren Datenordner eingefügt.</translation>
    </message>
    <message>
        <source>The example file plan is missing.</source>
        <translation>Der Beispiel-Aktenplan fehlt.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Destruction</name>
    <message>
        <source>taken over by the archive as „%1“</source>
        <translation>vom Archiv übernommen als „%1“</translation>
    </message>
    <message>
        <source>classed V (destroy), never offered</source>
        <translation>als V (vernichten) eingestuft, nie angeboten</translation>
    </message>
    <message>
        <source>appraised V (destroy) by the archive</source>
        <translation>vom Archiv als V (vernichten) bewertet</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Disposal</name>
    <message>
        <source>The message could not be written.</source>
        <translation>Die Nachricht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The hand-over to the archive is decided by the central repository: connect this data folder first.</source>
        <translation>Über die Aussonderung entscheidet der zentrale Server: Verbinden Sie diesen Datenordner zuerst.</translation>
    </message>
    <message>
        <source>Name at least one file to offer.</source>
        <translation>Nennen Sie mindestens eine Akte, die angeboten werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The offer list does not match the xdomea schema; nothing was sent.</source>
        <translation>Das Anbieteverzeichnis entspricht nicht dem xdomea-Schema; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not named as an xdomea container is (&lt;ProzessID&gt;_&lt;message&gt;.zip).</source>
        <translation>%1 ist nicht wie ein xdomea-Container benannt (&lt;ProzessID&gt;_&lt;Nachricht&gt;.zip).</translation>
    </message>
    <message>
        <source>%1 has been read in already.</source>
        <translation>%1 wurde schon eingelesen.</translation>
    </message>
    <message>
        <source>The message in %1 does not match the xdomea schema.</source>
        <translation>Die Nachricht in %1 entspricht nicht dem xdomea-Schema.</translation>
    </message>
    <message>
        <source>The appraisal in %1 names an object without a valid id or decides &quot;%2&quot; (A or V).</source>
        <translation>Die Bewertung in %1 nennt ein Objekt ohne gültige Kennung oder entscheidet „%2“ (A oder V).</translation>
    </message>
    <message>
        <source>The message in %1 cannot be read.</source>
        <translation>Die Nachricht in %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The message in %1 says it is a %2 but is a %3.</source>
        <translation>Die Nachricht in %1 gibt sich als %2 aus, ist aber eine %3.</translation>
    </message>
    <message>
        <source>The message in %1 belongs to process %2, the container&apos;s name to %3.</source>
        <translation>Die Nachricht in %1 gehört zur Aussonderung %2, der Name des Containers zu %3.</translation>
    </message>
    <message>
        <source>The confirmation does not match the xdomea schema; nothing was sent.</source>
        <translation>Die Bestätigung entspricht nicht dem xdomea-Schema; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is not in this data folder; sync first.</source>
        <translation>Version %1 von „%2“ ist nicht in diesem Datenordner; synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; has no PDF/A rendition: %3</source>
        <translation>Version %1 von „%2“ hat keine PDF/A-Fassung: %3</translation>
    </message>
    <message>
        <source>There is no disposal process %1.</source>
        <translation>Es gibt keine Aussonderung %1.</translation>
    </message>
    <message>
        <source>The archive has appraised nothing of process %1 as worth keeping (A).</source>
        <translation>Das Archiv hat nichts aus der Aussonderung %1 als archivwürdig (A) bewertet.</translation>
    </message>
    <message>
        <source>The transfer does not match the xdomea schema; nothing was sent.</source>
        <translation>Die Abgabe entspricht nicht dem xdomea-Schema; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The transfer names %1, which is not in its container.</source>
        <translation>Die Abgabe nennt %1, das nicht in ihrem Container ist.</translation>
    </message>
    <message>
        <source>The transfer&apos;s container holds files its message does not name.</source>
        <translation>Der Container der Abgabe enthält Dateien, die seine Nachricht nicht nennt.</translation>
    </message>
    <message>
        <source>%1 holds a message %2 (%3); from the archive this client reads 0504, 0502, 0507 and 0506.</source>
        <translation>%1 enthält eine Nachricht %2 (%3); vom Archiv liest dieses Programm 0504, 0502, 0507 und 0506.</translation>
    </message>
    <message>
        <source>The import confirmation in %1 names an object without a valid id.</source>
        <translation>Die Importbestätigung in %1 nennt ein Objekt ohne gültige Kennung.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are not in this data folder; sync first.</source>
        <translation>
            <numerusform>%n der Akten ist nicht in diesem Datenordner; synchronisieren Sie zuerst.</numerusform>
            <numerusform>%n der Akten sind nicht in diesem Datenordner; synchronisieren Sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one file to transfer.</source>
        <translation>Nennen Sie mindestens eine Akte, die abgegeben werden soll.</translation>
    </message>
    <message>
        <source>offered (0501)</source>
        <translation>angeboten (0501)</translation>
    </message>
    <message>
        <source>offer received by the archive (0504)</source>
        <translation>Anbietung vom Archiv empfangen (0504)</translation>
    </message>
    <message>
        <source>appraised by the archive (0502)</source>
        <translation>vom Archiv bewertet (0502)</translation>
    </message>
    <message>
        <source>appraisal confirmed (0505)</source>
        <translation>Bewertung bestätigt (0505)</translation>
    </message>
    <message>
        <source>transferred (0503)</source>
        <translation>abgegeben (0503)</translation>
    </message>
    <message>
        <source>transfer received by the archive (0507)</source>
        <translation>Abgabe vom Archiv empfangen (0507)</translation>
    </message>
    <message>
        <source>import confirmed by the archive (0506)</source>
        <translation>Übernahme vom Archiv bestätigt (0506)</translation>
    </message>
    <message>
        <source>ended: every file destroyed</source>
        <translation>beendet: jede Akte vernichtet</translation>
    </message>
    <message>
        <source>Wait for the archive&apos;s appraisal (0502) and read it in.</source>
        <translation>Auf die Bewertung des Archivs (0502) warten und sie einlesen.</translation>
    </message>
    <message>
        <source>Confirm the appraisal (0505).</source>
        <translation>Die Bewertung bestätigen (0505).</translation>
    </message>
    <message>
        <source>Transfer what the archive wants (0503); propose what it does not want for destruction.</source>
        <translation>Abgeben, was das Archiv will (0503); was es nicht will, zur Vernichtung vorschlagen.</translation>
    </message>
    <message>
        <source>Wait for the archive&apos;s import confirmation (0506) and read it in.</source>
        <translation>Auf die Importbestätigung des Archivs (0506) warten und sie einlesen.</translation>
    </message>
    <message>
        <source>Wait for the archive&apos;s import confirmation (0506) and read it in; propose what it did not want for destruction.</source>
        <translation>Auf die Importbestätigung des Archivs (0506) warten und sie einlesen; was es nicht wollte, zur Vernichtung vorschlagen.</translation>
    </message>
    <message>
        <source>Propose what the archive took over for destruction.</source>
        <translation>Was das Archiv übernommen hat, zur Vernichtung vorschlagen.</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>The program that reads the archive&apos;s containers (aktenwerk-xdomea) is not installed.</source>
        <translation>Das Programm, das die Container des Archivs liest (aktenwerk-xdomea), ist nicht installiert.</translation>
    </message>
    <message>
        <source>%1 cannot be started.</source>
        <translation>%1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 could not be read in time: the container was refused.</source>
        <translation>%1 konnte nicht rechtzeitig gelesen werden: Der Container wurde zurückgewiesen.</translation>
    </message>
    <message>
        <source>%1 could not be read: reading it went beyond the limits set for untrusted files (processor time, memory, size). The container was refused.</source>
        <translation>%1 konnte nicht gelesen werden: Das Lesen überschritt die Grenzen für nicht vertrauenswürdige Dateien (Rechenzeit, Speicher, Größe). Der Container wurde zurückgewiesen.</translation>
    </message>
    <message>
        <source>to the archive (A)</source>
        <translation>an das Archiv (A)</translation>
    </message>
    <message>
        <source>to be destroyed (V)</source>
        <translation>zu vernichten (V)</translation>
    </message>
    <message>
        <source>not appraised yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>taken over as „%1“</source>
        <translation>übernommen als „%1“</translation>
    </message>
    <message>
        <source>not taken over by the archive</source>
        <translation>vom Archiv nicht übernommen</translation>
    </message>
    <message>
        <source>, destroyed here</source>
        <translation>, hier vernichtet</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::DocumentOcr</name>
    <message numerus="yes">
        <source>%n page(s) could not be recognised; nothing was stored.</source>
        <translation>
            <numerusform>%n Seite konnte nicht erkannt werden; es wurde nichts gespeichert.</numerusform>
            <numerusform>%n Seiten konnten nicht erkannt werden; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>Der Datenordner ist schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The document has no content to recognise.</source>
        <translation>Das Dokument hat keinen Inhalt, der erkannt werden könnte.</translation>
    </message>
    <message>
        <source>No temporary folder for the OCR.</source>
        <translation>Für die Texterkennung konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The document is neither an image nor a PDF (%1); there is nothing to recognise.</source>
        <translation>Das Dokument ist weder ein Bild noch ein PDF (%1); es gibt nichts zu erkennen.</translation>
    </message>
    <message>
        <source>The PDF already has text; it needs no OCR. To recognise one page again, use --page N.</source>
        <translation>Das PDF enthält bereits Text und braucht keine Texterkennung. Um eine Seite erneut zu erkennen, verwenden Sie --page N.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s).</source>
        <translation>
            <numerusform>Das Dokument hat %n Seite.</numerusform>
            <numerusform>Das Dokument hat %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>--page needs a PDF; recognise the whole image first (ocr without --page).</source>
        <translation>--page braucht ein PDF; erkennen Sie zuerst das ganze Bild (ocr ohne --page).</translation>
    </message>
    <message>
        <source>Text recognition cancelled; nothing was stored.</source>
        <translation>Texterkennung abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>page %1: %2 %</source>
        <translation>Seite %1: %2 %</translation>
    </message>
    <message>
        <source> (low)</source>
        <translation> (niedrig)</translation>
    </message>
    <message>
        <source>OCR (%1) of page %2 again: </source>
        <translation>Texterkennung (%1) von Seite %2 erneut: </translation>
    </message>
    <message>
        <source>OCR (%1): </source>
        <translation>Texterkennung (%1): </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Engine</name>
    <message>
        <source>The built-in metadata schemas are missing.</source>
        <translation>Die eingebauten Metadatenschemas fehlen.</translation>
    </message>
    <message>
        <source>There is no Aktenwerk data folder at %1. Create one with &quot;aktenwerk-cli init&quot;.</source>
        <translation>Unter %1 gibt es keinen Aktenwerk-Datenordner. Legen Sie einen mit „aktenwerk-cli init“ an.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Aktenwerk process (process %2 on %3). Close it first; the folder can still be opened read-only.</source>
        <translation>Der Datenordner %1 wird von einem anderen Aktenwerk-Prozess verwendet (Prozess %2 auf %3). Beenden Sie diesen zuerst; schreibgeschützt lässt sich der Ordner trotzdem öffnen.</translation>
    </message>
    <message>
        <source>There is no Aktenwerk index in %1. Create one with &quot;aktenwerk-cli init&quot;.</source>
        <translation>In %1 gibt es keinen Aktenwerk-Index. Legen Sie einen mit „aktenwerk-cli init“ an.</translation>
    </message>
    <message>
        <source>The index in %1 has schema %2, this version of Aktenwerk needs %3. Open it once for writing to update it.</source>
        <translation>Der Index in %1 hat Schema %2, diese Aktenwerk-Version benötigt Schema %3. Öffnen Sie ihn einmal mit Schreibzugriff, um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>Der Datenordner ist schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Aktenwerk process. Close it first; the folder can still be opened read-only.</source>
        <translation>Der Datenordner %1 wird von einem anderen Aktenwerk-Prozess verwendet. Beenden Sie diesen zuerst; schreibgeschützt lässt sich der Ordner trotzdem öffnen.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Extractor</name>
    <message>
        <source>The text extraction program (aktenwerk-extract) is not installed.</source>
        <translation>Das Programm zur Textextraktion (aktenwerk-extract) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The text extraction program could not be started.</source>
        <translation>Das Programm zur Textextraktion konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The extraction produced more output than allowed.</source>
        <translation>Die Textextraktion hat mehr Ausgabe erzeugt als erlaubt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the file took longer than %n second(s); it was stopped.</source>
        <translation>
            <numerusform>Das Lesen der Datei dauerte länger als %n Sekunde; es wurde abgebrochen.</numerusform>
            <numerusform>Das Lesen der Datei dauerte länger als %n Sekunden; es wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the file used more than %n second(s) of processor time; it was stopped.</source>
        <translation>
            <numerusform>Das Lesen der Datei brauchte mehr als %n Sekunde Rechenzeit; es wurde abgebrochen.</numerusform>
            <numerusform>Das Lesen der Datei brauchte mehr als %n Sekunden Rechenzeit; es wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file made the text extraction fail (%1).</source>
        <translation>Die Datei hat die Textextraktion scheitern lassen (%1).</translation>
    </message>
    <message>
        <source>The text extraction gave no readable answer.</source>
        <translation>Die Textextraktion hat keine lesbare Antwort geliefert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not a PDF, although it is named or typed as one.</source>
        <translation>Die Datei ist kein PDF, obwohl sie so heißt oder so gekennzeichnet ist.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>Das PDF ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; its text cannot be read.</source>
        <translation>Das PDF ist durch ein Passwort geschützt; sein Text kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Das PDF hat keine Seiten.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The message is nested deeper than %1 levels; the deeper parts were not read.</source>
        <translation>Die Nachricht ist tiefer als %1 Ebenen verschachtelt; die tieferen Teile wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were not read.</source>
        <translation>Die Nachricht hat mehr als %1 Teile; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The message&apos;s parts are larger than %1 MiB together; the rest were not read.</source>
        <translation>Die Teile der Nachricht sind zusammen größer als %1 MiB; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The message header is too large; only its beginning was read.</source>
        <translation>Der Kopf der Nachricht ist zu groß; nur sein Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; is damaged (invalid base64); it was read as far as possible.</source>
        <translation>Der Teil „%1“ ist beschädigt (ungültiges Base64); er wurde so weit wie möglich gelesen.</translation>
    </message>
    <message>
        <source>The message has no header (no sender, no subject); it was read as plain text.</source>
        <translation>Die Nachricht hat keinen Kopf (keinen Absender, keinen Betreff); sie wurde als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>Part of the message could not be read (%1).</source>
        <translation>Ein Teil der Nachricht konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The image is damaged or not an image of the kind its name says; it cannot be read.</source>
        <translation>Das Bild ist beschädigt oder kein Bild der Art, die sein Name angibt; es kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The image is too large to be read (more pixels than allowed).</source>
        <translation>Das Bild ist zu groß zum Lesen (mehr Bildpunkte als erlaubt).</translation>
    </message>
    <message>
        <source>The e-mail is larger than 128 MiB; it is stored, but not read.</source>
        <translation>Die E-Mail ist größer als 128 MiB; sie wird gespeichert, aber nicht gelesen.</translation>
    </message>
    <message>
        <source>The attachment is larger than the limit for one e-mail (%1 MiB); it was not imported. It is still inside the stored e-mail.</source>
        <translation>Der Anhang ist größer als die Grenze für eine E-Mail (%1 MiB); er wurde nicht importiert. Er ist weiterhin in der gespeicherten E-Mail enthalten.</translation>
    </message>
    <message>
        <source>The attachment is damaged (invalid base64); it was read as far as possible.</source>
        <translation>Der Anhang ist beschädigt (ungültiges Base64); er wurde so weit wie möglich gelesen.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::FolderLock</name>
    <message>
        <source>Cannot open the lock file %1: %2.</source>
        <translation>Die Sperrdatei %1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>The lock file %1 is held by another process.</source>
        <translation>Die Sperrdatei %1 wird von einem anderen Prozess gehalten.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>%1 lässt sich nicht sperren: %2.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Importer</name>
    <message>
        <source>Attachment-%1</source>
        <translation>Anhang-%1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n document(s).</source>
        <translation>
            <numerusform>Abgebrochen nach %n Dokument.</numerusform>
            <numerusform>Abgebrochen nach %n Dokumenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>Der Datenordner ist schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No text is read from this kind of file.</source>
        <translation>Aus dieser Art von Datei wird kein Text gelesen.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan); text recognition (OCR) can read it.</source>
        <translation>Das PDF hat keine Textebene (ein Scan); die Texterkennung (OCR) kann es lesen.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) was cancelled; the document is stored as imported, without text.</source>
        <translation>Die Texterkennung (OCR) wurde abgebrochen; das Dokument ist wie importiert gespeichert, ohne Text.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) was not possible: %1</source>
        <translation>Texterkennung (OCR) war nicht möglich: %1</translation>
    </message>
    <message>
        <source>Text recognised (OCR, confidence %1 %).</source>
        <translation>Text erkannt (OCR, Sicherheit %1 %).</translation>
    </message>
    <message>
        <source>Please check page(s) %1: the recognition is uncertain.</source>
        <translation>Bitte Seite(n) %1 prüfen: Die Erkennung ist unsicher.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>Text recognition (OCR) failed (%1); the document is stored as imported, without text.</source>
        <translation>Texterkennung (OCR) fehlgeschlagen (%1); das Dokument ist wie importiert gespeichert, ohne Text.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) found no text.</source>
        <translation>Die Texterkennung (OCR) hat keinen Text gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Attachments of e-mails forwarded more than %n level(s) deep are not imported separately; they stay inside the stored e-mail.</source>
        <translation>
            <numerusform>Anhänge von E-Mails, die mehr als %n Ebene tief weitergeleitet wurden, werden nicht einzeln importiert; sie bleiben in der gespeicherten E-Mail.</numerusform>
            <numerusform>Anhänge von E-Mails, die mehr als %n Ebenen tief weitergeleitet wurden, werden nicht einzeln importiert; sie bleiben in der gespeicherten E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder for the e-mail&apos;s attachments.</source>
        <translation>Kein temporärer Ordner für die Anhänge der E-Mail.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>Der Anhang ist leer.</translation>
    </message>
    <message>
        <source>The attachment could not be written to a temporary file: %1</source>
        <translation>Der Anhang konnte nicht in eine temporäre Datei geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Migrations</name>
    <message>
        <source>The local index was written by a newer version of Aktenwerk (schema %1; this version knows up to %2). Update Aktenwerk.</source>
        <translation>Der lokale Index wurde von einer neueren Aktenwerk-Version geschrieben (Schema %1; diese Version kennt Schemas bis %2). Aktualisieren Sie Aktenwerk.</translation>
    </message>
    <message>
        <source>Updating the local index to schema %1 failed.</source>
        <translation>Die Aktualisierung des lokalen Index auf Schema %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Ocr</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Die Datei kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The page is not a readable image (PNG, TIFF, PNM or JPEG), or it is damaged.</source>
        <translation>Die Seite ist kein lesbares Bild (PNG, TIFF, PNM oder JPEG) oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The page is too large to be recognised (more pixels than allowed).</source>
        <translation>Die Seite ist zu groß für die Texterkennung (mehr Bildpunkte als erlaubt).</translation>
    </message>
    <message>
        <source>The file is not a PDF, although it is typed as one.</source>
        <translation>Die Datei ist kein PDF, obwohl sie als PDF gekennzeichnet ist.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>Das PDF ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>Das PDF ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>The file has no page %1.</source>
        <translation>Die Datei hat keine Seite %1.</translation>
    </message>
    <message>
        <source>The OCR languages %1 are not installed (tesseract-ocr-deu, tesseract-ocr-eng).</source>
        <translation>Die Sprachen %1 für die Texterkennung sind nicht installiert (tesseract-ocr-deu, tesseract-ocr-eng).</translation>
    </message>
    <message>
        <source>The page could not be recognised (%1).</source>
        <translation>Die Seite konnte nicht erkannt werden (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Recognising the page took longer than %n second(s); it was stopped.</source>
        <translation>
            <numerusform>Die Erkennung der Seite dauerte länger als %n Sekunde; sie wurde abgebrochen.</numerusform>
            <numerusform>Die Erkennung der Seite dauerte länger als %n Sekunden; sie wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognising the page used more than %n second(s) of processor time; it was stopped.</source>
        <translation>
            <numerusform>Die Erkennung der Seite brauchte mehr als %n Sekunde Prozessorzeit; sie wurde abgebrochen.</numerusform>
            <numerusform>Die Erkennung der Seite brauchte mehr als %n Sekunden Prozessorzeit; sie wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page made the OCR program fail (%1).</source>
        <translation>Die Seite hat das Texterkennungsprogramm scheitern lassen (%1).</translation>
    </message>
    <message>
        <source>The OCR program gave no readable answer.</source>
        <translation>Das Texterkennungsprogramm hat keine lesbare Antwort gegeben.</translation>
    </message>
    <message>
        <source>The OCR program (aktenwerk-ocr) is not installed.</source>
        <translation>Das Texterkennungsprogramm (aktenwerk-ocr) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The OCR program could not be started.</source>
        <translation>Das Texterkennungsprogramm konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The recognised pages could not be joined into one PDF.</source>
        <translation>Die erkannten Seiten konnten nicht zu einem PDF zusammengefügt werden.</translation>
    </message>
    <message>
        <source>The searchable PDF could not be written to %1.</source>
        <translation>Das durchsuchbare PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The page has too little text to tell how it stands.</source>
        <translation>Die Seite hat zu wenig Text, um ihre Ausrichtung zu erkennen.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PdfA</name>
    <message>
        <source>PDF/A renditions need Ghostscript, pdffonts and qpdf (missing: %1).</source>
        <translation>PDF/A-Fassungen brauchen Ghostscript, pdffonts und qpdf (es fehlt: %1).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a PDF.</source>
        <translation>%1 ist kein PDF.</translation>
    </message>
    <message>
        <source>%1 could not be rendered as PDF/A: it has no readable pages.</source>
        <translation>%1 konnte nicht in PDF/A umgewandelt werden: Es hat keine lesbaren Seiten.</translation>
    </message>
    <message>
        <source>A working folder beside %1 cannot be created.</source>
        <translation>Neben %1 kann kein Arbeitsordner angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be rendered as PDF/A within the time allowed.</source>
        <translation>%1 konnte nicht in der erlaubten Zeit in PDF/A umgewandelt werden.</translation>
    </message>
    <message>
        <source>%1 could not be rendered as PDF/A: Ghostscript refused it.</source>
        <translation>%1 konnte nicht in PDF/A umgewandelt werden: Ghostscript hat es abgelehnt.</translation>
    </message>
    <message>
        <source>The PDF/A rendition of %1 lost pages (%2 of %3).</source>
        <translation>Der PDF/A-Fassung von %1 fehlen Seiten (%2 von %3).</translation>
    </message>
    <message>
        <source>The PDF/A rendition of %1 fails its checks.</source>
        <translation>Die PDF/A-Fassung von %1 besteht die Prüfungen nicht.</translation>
    </message>
    <message>
        <source>PDF/A checks need pdffonts and qpdf (missing: %1).</source>
        <translation>PDF/A-Prüfungen brauchen pdffonts und qpdf (es fehlt: %1).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not claim PDF/A-2b in its metadata.</source>
        <translation>%1 gibt in seinen Metadaten nicht PDF/A-2b an.</translation>
    </message>
    <message>
        <source>pdffonts cannot read %1.</source>
        <translation>pdffonts kann %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Fonts not embedded in %1: %2.</source>
        <translation>Nicht eingebettete Schriften in %1: %2.</translation>
    </message>
    <message>
        <source>%1 is encrypted or cannot be read.</source>
        <translation>%1 ist verschlüsselt oder nicht lesbar.</translation>
    </message>
    <message>
        <source>qpdf finds errors in %1.</source>
        <translation>qpdf findet Fehler in %1.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PgConnection</name>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent later.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>The server refused the login: user name or password is wrong.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Anmeldename oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server does not allow this change for your account.</source>
        <translation>Der Server lässt diese Änderung für Ihr Benutzerkonto nicht zu.</translation>
    </message>
    <message>
        <source>The server already has an entry with this key.</source>
        <translation>Auf dem Server ist bereits ein Eintrag mit diesem Schlüssel vorhanden.</translation>
    </message>
    <message>
        <source>A concurrent change on the server got in the way; it will be retried.</source>
        <translation>Eine gleichzeitige Änderung auf dem Server ist dazwischengekommen; es wird erneut versucht.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full.</source>
        <translation>Der Datenträger des Servers ist voll.</translation>
    </message>
    <message>
        <source>The server refused the data.</source>
        <translation>Der Server hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Keine Verbindung zum Server.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PlanExport</name>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
    <message>
        <source>The file plan could not be written.</source>
        <translation>Der Aktenplan konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The file plan does not match the xdomea schema; nothing was written.</source>
        <translation>Der Aktenplan entspricht nicht dem xdomea-Schema; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PlanImporter</name>
    <message>
        <source>The file plan holds no units.</source>
        <translation>Der Aktenplan enthält keine Einheiten.</translation>
    </message>
    <message>
        <source>Entry %1: the plan code &quot;%2&quot; is not valid: use digits in groups separated by dots, e.g. 63.01.02.</source>
        <translation>Eintrag %1: Das Kennzeichen „%2“ ist ungültig: Verwenden Sie durch Punkte getrennte Zifferngruppen, z. B. 63.01.02.</translation>
    </message>
    <message>
        <source>Entry %1: the plan code %2 appears twice (first in entry %3).</source>
        <translation>Eintrag %1: Das Kennzeichen %2 kommt doppelt vor (zuerst in Eintrag %3).</translation>
    </message>
    <message>
        <source>Entry %1: the plan unit %2 has no title.</source>
        <translation>Eintrag %1: Die Aktenplaneinheit %2 hat keinen Titel.</translation>
    </message>
    <message>
        <source>Entry %1: the parent code %2 of %3 is unknown.</source>
        <translation>Eintrag %1: Das übergeordnete Kennzeichen %2 von %3 ist unbekannt.</translation>
    </message>
    <message>
        <source>Entry %1: the plan code %2 does not extend the code of its parent unit %3.</source>
        <translation>Eintrag %1: Das Kennzeichen %2 beginnt nicht mit dem Kennzeichen der übergeordneten Einheit %3.</translation>
    </message>
    <message>
        <source>Entry %1: the parent unit %2 must come before %3.</source>
        <translation>Eintrag %1: Die übergeordnete Einheit %2 muss vor %3 stehen.</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Fachbereich %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PlanReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a file plan.</source>
        <translation>Die Datei %1 ist für einen Aktenplan zu groß.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file plan is not UTF-8 text.</source>
        <translation>Der Aktenplan ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Line %1: unknown column &quot;%2&quot;.</source>
        <translation>Zeile %1: unbekannte Spalte „%2“.</translation>
    </message>
    <message>
        <source>The header row lacks the column &quot;%1&quot;.</source>
        <translation>In der Kopfzeile fehlt die Spalte „%1“.</translation>
    </message>
    <message>
        <source>Line %1: the retention &quot;%2&quot; is not a number of years or &quot;unbefristet&quot;.</source>
        <translation>Zeile %1: Die Aufbewahrungsfrist „%2“ ist weder eine Anzahl von Jahren noch „unbefristet“.</translation>
    </message>
    <message>
        <source>Line %1: the disposal type &quot;%2&quot; must be A, B or V.</source>
        <translation>Zeile %1: Die Aussonderungsart „%2“ muss A, B oder V sein.</translation>
    </message>
    <message>
        <source>Line %1: &quot;retired&quot; must be 0 or 1.</source>
        <translation>Zeile %1: Die Spalte „retired“ muss 0 oder 1 enthalten.</translation>
    </message>
    <message>
        <source>The file plan is empty.</source>
        <translation>Der Aktenplan ist leer.</translation>
    </message>
    <message>
        <source>The file plan is not valid JSON (at byte %1).</source>
        <translation>Der Aktenplan ist kein gültiges JSON (bei Byte %1).</translation>
    </message>
    <message>
        <source>The JSON file is not an Aktenwerk file plan (&quot;format&quot;: &quot;aktenwerk-plan&quot; is missing).</source>
        <translation>Die JSON-Datei ist kein Aktenwerk-Aktenplan (die Angabe &quot;format&quot;: &quot;aktenwerk-plan&quot; fehlt).</translation>
    </message>
    <message>
        <source>This version of the file plan format is not supported.</source>
        <translation>Diese Version des Aktenplanformats wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A department in the file plan lacks its code, its name or a valid confidentiality level.</source>
        <translation>Bei einem Fachbereich im Aktenplan fehlen das Kürzel, der Name oder eine gültige Vertraulichkeitsstufe.</translation>
    </message>
    <message>
        <source>The file plan is nested too deeply.</source>
        <translation>Der Aktenplan ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Unit %1: the retention must be a number of years or &quot;unbefristet&quot;.</source>
        <translation>Einheit %1: Die Aufbewahrungsfrist muss eine Anzahl von Jahren oder „unbefristet“ sein.</translation>
    </message>
    <message>
        <source>Unit %1: the disposal type must be A, B or V.</source>
        <translation>Einheit %1: Die Aussonderungsart muss A, B oder V sein.</translation>
    </message>
    <message>
        <source>The file is not a readable XML document.</source>
        <translation>Die Datei ist kein lesbares XML-Dokument.</translation>
    </message>
    <message>
        <source>The XML file is not an xdomea file plan message (Aktenplan.Aktenplan.0301).</source>
        <translation>Die XML-Datei ist keine xdomea-Nachricht für Aktenpläne (Aktenplan.Aktenplan.0301).</translation>
    </message>
    <message>
        <source>Line %1: &lt;Stillgelegt&gt; must be 0 or 1.</source>
        <translation>Zeile %1: &lt;Stillgelegt&gt; muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <source>Line %1: the Aussonderungsart &quot;%2&quot; must be A, B or V.</source>
        <translation>Zeile %1: Die Aussonderungsart „%2“ muss A, B oder V sein.</translation>
    </message>
    <message>
        <source>Line %1: the Aufbewahrungsdauer is not valid.</source>
        <translation>Zeile %1: Die Aufbewahrungsdauer ist ungültig.</translation>
    </message>
    <message>
        <source>Line %1: a unit of the file plan has no Kennzeichen.</source>
        <translation>Zeile %1: Eine Einheit des Aktenplans hat kein Kennzeichen.</translation>
    </message>
    <message>
        <source>The xdomea message is not well-formed XML (line %1).</source>
        <translation>Die xdomea-Nachricht ist kein wohlgeformtes XML (Zeile %1).</translation>
    </message>
    <message>
        <source>Line %1: the unit %2 lacks its Aufbewahrungsdauer or Aussonderungsart.</source>
        <translation>Zeile %1: Bei der Einheit %2 fehlt die Aufbewahrungsdauer oder die Aussonderungsart.</translation>
    </message>
    <message>
        <source>The message type is %1, not 0301 (file plan).</source>
        <translation>Der Nachrichtentyp ist %1, nicht 0301 (Aktenplan).</translation>
    </message>
    <message>
        <source>The xdomea message holds no file plan units.</source>
        <translation>Die xdomea-Nachricht enthält keine Aktenplaneinheiten.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PullMerge</name>
    <message>
        <source>The plan code %1 belongs to two different units here and on the server.</source>
        <translation>Das Kennzeichen %1 gehört hier und auf dem Server zu zwei verschiedenen Aktenplaneinheiten.</translation>
    </message>
    <message>
        <source>The content of a version from the server is missing locally.</source>
        <translation>Der Inhalt einer Version vom Server fehlt lokal.</translation>
    </message>
    <message>
        <source>Unknown table from the server.</source>
        <translation>Unbekannte Tabelle vom Server.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Purge</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::RecordKeeping</name>
    <message>
        <source>Closing, retention and holds are decided by the central repository: connect this data folder first.</source>
        <translation>Abschluss, Aufbewahrung und Sperren entscheidet die zentrale Ablage: Verbinden Sie zuerst diesen Datenordner.</translation>
    </message>
    <message>
        <source>There is no file or case %1 here.</source>
        <translation>Hier gibt es keine Akte und keinen Vorgang %1.</translation>
    </message>
    <message>
        <source>Disposal list</source>
        <translation>Aussonderungsliste</translation>
    </message>
    <message>
        <source>Disposal list: due by %1</source>
        <translation>Aussonderungsliste: fällig bis %1</translation>
    </message>
    <message numerus="yes">
        <source>Closed files whose retention has ended, without legal hold%1. As of %2: %n file(s).</source>
        <translation>
            <numerusform>Abgeschlossene Akten mit abgelaufener Aufbewahrung, ohne Aussonderungssperre%1. Stand %2: %n Akte.</numerusform>
            <numerusform>Abgeschlossene Akten mit abgelaufener Aufbewahrung, ohne Aussonderungssperre%1. Stand %2: %n Akten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 (FB %3): closed on %4, retention %5 until %6; disposal: %7</source>
        <translation>%1 – %2 (FB %3): abgeschlossen am %4, Aufbewahrung %5 bis %6; Aussonderungsart: %7</translation>
    </message>
    <message>
        <source>Reference;Title;Department;Closed on;Retention;Retention ends;Disposal</source>
        <translation>Aktenzeichen;Titel;Fachbereich;Abgeschlossen am;Aufbewahrung;Aufbewahrung endet;Aussonderungsart</translation>
    </message>
    <message>
        <source>The list could not be written to %1.</source>
        <translation>Die Liste konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Routing</name>
    <message>
        <source>&quot;%1&quot; is no step: write ACTION=ADDRESSEE[,ADDRESSEE…][@YYYY-MM-DD].</source>
        <translation>„%1“ ist kein Schritt: Schreiben Sie AKTION=ADRESSAT[,ADRESSAT…][@JJJJ-MM-TT].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no kind of step: kenntnisnahme, mitzeichnung, zeichnung or bearbeitung.</source>
        <translation>„%1“ ist keine Beteiligungsart: kenntnisnahme, mitzeichnung, zeichnung oder bearbeitung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no addressee: a login, unit:CODE or lead:CODE.</source>
        <translation>„%1“ ist kein Adressat: ein Login, unit:KÜRZEL oder lead:KÜRZEL.</translation>
    </message>
    <message>
        <source>A route needs at least one step.</source>
        <translation>Ein Geschäftsgang braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Routing works with the central repository: connect this data folder first.</source>
        <translation>Geschäftsgänge laufen über den zentralen Server: Verbinden Sie diesen Datenordner zuerst.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Organisationseinheit %1</translation>
    </message>
    <message>
        <source>unit %1 (%2)</source>
        <translation>Organisationseinheit %1 (%2)</translation>
    </message>
    <message>
        <source>team lead of %1</source>
        <translation>Leitung von %1</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>folgt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>an der Reihe</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled (sent back)</source>
        <translation>entfallen (zurückgegeben)</translation>
    </message>
    <message>
        <source>ended (sent back)</source>
        <translation>beendet (zurückgegeben)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>The document is not (or no longer) visible to you.</source>
        <translation>Das Dokument ist für Sie nicht (mehr) sichtbar.</translation>
    </message>
    <message>
        <source>The server named no valid content.</source>
        <translation>Der Server nannte keinen gültigen Inhalt.</translation>
    </message>
    <message>
        <source>The cache folder cannot be made.</source>
        <translation>Der Zwischenspeicher-Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cache folder cannot be written.</source>
        <translation>In den Zwischenspeicher-Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The content from the server does not match its hash.</source>
        <translation>Der Inhalt vom Server passt nicht zu seinem Hashwert.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Routing slip: %1</source>
        <translation>Laufzettel: %1</translation>
    </message>
    <message>
        <source>Routing slip (Laufzettel)</source>
        <translation>Laufzettel</translation>
    </message>
    <message>
        <source>Routed: %1</source>
        <translation>Im Geschäftsgang: %1</translation>
    </message>
    <message>
        <source>Started by %1 on %2%3; status: %4%5</source>
        <translation>Gestartet von %1 am %2%3; Stand: %4%5</translation>
    </message>
    <message>
        <source>, template &quot;%1&quot;</source>
        <translation>, Vorlage „%1“</translation>
    </message>
    <message>
        <source>Routed version, SHA-256: %1</source>
        <translation>Fassung im Geschäftsgang, SHA-256: %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Geschäftsgang: %1</translation>
    </message>
    <message>
        <source>Instruction: %1</source>
        <translation>Verfügung: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>%1 i. V. for %2</source>
        <translation>%1 i. V. für %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 durch %2 am %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Remark: „%1“</source>
        <translation>Bemerkung: „%1“</translation>
    </message>
    <message>
        <source>Acted on SHA-256: %1</source>
        <translation>Fassung beim Erledigen, SHA-256: %1</translation>
    </message>
    <message>
        <source>Printed on %1 from the record of the central repository.</source>
        <translation>Gedruckt am %1 aus dem Nachweis des zentralen Servers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: write the deadline as YYYY-MM-DD or +DAYS.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie die Frist als JJJJ-MM-TT oder +TAGE.</translation>
    </message>
    <message>
        <source>A template&apos;s deadline is days after the start: write @+DAYS.</source>
        <translation>Die Frist einer Vorlage ist in Tagen nach dem Start: Schreiben Sie @+TAGE.</translation>
    </message>
    <message>
        <source>i. V. for %1</source>
        <translation>i. V. für %1</translation>
    </message>
    <message>
        <source>overdue with %1</source>
        <translation>überfällig bei %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ScanFiling</name>
    <message>
        <source>No temporary folder for the scan product.</source>
        <translation>Kein temporärer Ordner für das Scanprodukt.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>The scan product could not be made; nothing of it was stored.</source>
        <translation>Das Scanprodukt konnte nicht erstellt werden; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Scan vom %1</translation>
    </message>
    <message>
        <source>The transfer note is incomplete.</source>
        <translation>Der Transfervermerk ist unvollständig.</translation>
    </message>
    <message>
        <source>Page review: %1.</source>
        <translation>Seitenprüfung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) recognised; OCR confidence per page: %1.</source>
        <translation>
            <numerusform>%n Seite erkannt; OCR-Konfidenz je Seite: %1.</numerusform>
            <numerusform>%n Seiten erkannt; OCR-Konfidenz je Seite: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) recognised; OCR confidence per page: %1; to be reviewed (low confidence): page %2.</source>
        <translation>
            <numerusform>%n Seite erkannt; OCR-Konfidenz je Seite: %1; zu prüfen (niedrige Konfidenz): Seite %2.</numerusform>
            <numerusform>%n Seiten erkannt; OCR-Konfidenz je Seite: %1; zu prüfen (niedrige Konfidenz): Seite %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Scanner</name>
    <message>
        <source>The scanning program (aktenwerk-scan) is not installed.</source>
        <translation>Das Scanprogramm (aktenwerk-scan) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The scanning program could not be started.</source>
        <translation>Das Scanprogramm konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>The scanners did not answer within %n second(s).</source>
        <translation>
            <numerusform>Die Scanner haben nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Die Scanner haben nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner driver crashed.</source>
        <translation>Der Scannertreiber ist abgestürzt.</translation>
    </message>
    <message>
        <source>The paper jammed in the scanner. Clear the feeder and scan the remaining pages again.</source>
        <translation>Papierstau im Scanner. Beheben Sie den Stau im Einzug und scannen Sie die übrigen Seiten erneut.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>Die Abdeckung des Scanners ist offen. Schließen Sie sie und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>There is nothing in the feeder. Put the pages in and scan again.</source>
        <translation>Im Einzug liegt nichts. Legen Sie die Seiten ein und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>The feeder is empty.</source>
        <translation>Der Einzug ist leer.</translation>
    </message>
    <message>
        <source>The scanner is busy (perhaps another program is using it). Try again in a moment.</source>
        <translation>Der Scanner ist belegt (vielleicht benutzt ihn ein anderes Programm). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the scanner failed (switched off or unplugged?).</source>
        <translation>Die Verbindung zum Scanner ist unterbrochen (ausgeschaltet oder abgezogen?).</translation>
    </message>
    <message>
        <source>The scanner cannot be found. Check that it is switched on and connected.</source>
        <translation>Der Scanner wurde nicht gefunden. Prüfen Sie, ob er eingeschaltet und angeschlossen ist.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Der Scanvorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The scanner does not offer the chosen paper source.</source>
        <translation>Der Scanner bietet die gewählte Vorlagenquelle nicht an.</translation>
    </message>
    <message>
        <source>The scanner does not offer the chosen colour mode.</source>
        <translation>Der Scanner bietet den gewählten Farbmodus nicht an.</translation>
    </message>
    <message>
        <source>The scanner does not offer the chosen resolution.</source>
        <translation>Der Scanner bietet die gewählte Auflösung nicht an.</translation>
    </message>
    <message>
        <source>A scanned page could not be saved (is the disk full?).</source>
        <translation>Eine gescannte Seite konnte nicht gespeichert werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>The scanner ran out of memory. Try a lower resolution.</source>
        <translation>Dem Scanner ist der Speicher ausgegangen. Versuchen Sie eine niedrigere Auflösung.</translation>
    </message>
    <message>
        <source>Access to the scanner was denied.</source>
        <translation>Der Zugriff auf den Scanner wurde verweigert.</translation>
    </message>
    <message>
        <source>The scanner is warming up. Try again in a moment.</source>
        <translation>Der Scanner wärmt sich auf. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The scanner is locked for transport. Unlock it and scan again.</source>
        <translation>Der Scanner ist für den Transport verriegelt. Entriegeln Sie ihn und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>The scanner does not support this kind of scan.</source>
        <translation>Der Scanner unterstützt diese Art von Scan nicht.</translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>Der Scanvorgang ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>Die %n zuvor gescannte Seite bleibt erhalten.</numerusform>
            <numerusform>Die %n zuvor gescannten Seiten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanners could not be listed.</source>
        <translation>Die Scanner konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The scanner gave no answer.</source>
        <translation>Der Scanner hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The folder for the scanned pages cannot be created.</source>
        <translation>Der Ordner für die gescannten Seiten kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The scanner stopped responding; the scan was stopped.</source>
        <translation>Der Scanner reagiert nicht mehr; der Scanvorgang wurde beendet.</translation>
    </message>
    <message>
        <source>The scanning program stopped unexpectedly (a fault in the scanner driver).</source>
        <translation>Das Scanprogramm wurde unerwartet beendet (ein Fehler im Scannertreiber).</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Search::Query</name>
    <message>
        <source>A search for the beginning of a word needs at least three letters: %1</source>
        <translation>Die Suche nach einem Wortanfang braucht mindestens drei Buchstaben: %1</translation>
    </message>
    <message>
        <source>A filter cannot be excluded: -%1:%2</source>
        <translation>Ein Filter kann nicht ausgeschlossen werden: -%1:%2</translation>
    </message>
    <message>
        <source>Say what to look for, not only what to leave out.</source>
        <translation>Geben Sie an, wonach gesucht wird, nicht nur, was ausgeschlossen werden soll.</translation>
    </message>
    <message>
        <source>Enter something to search for.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <source>Write the year with four digits: %1</source>
        <translation>Schreiben Sie das Jahr vierstellig: %1</translation>
    </message>
    <message>
        <source>Write dates as DD.MM.YYYY or YYYY-MM-DD: %1</source>
        <translation>Schreiben Sie Daten als TT.MM.JJJJ oder JJJJ-MM-TT: %1</translation>
    </message>
    <message>
        <source>Unknown search field &quot;%1&quot;. Known: az, titel, typ, fb, status, jahr, absender, von, bis (or in English: title, type, dept, year, sender, from, to).</source>
        <translation>Unbekanntes Suchfeld „%1“. Bekannt sind: az, titel, typ, fb, status, jahr, absender, von, bis (oder englisch: title, type, dept, year, sender, from, to).</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Search::SearchIndex</name>
    <message>
        <source>The text is larger than %1 MiB; it is not indexed.</source>
        <translation>Der Text ist größer als %1 MiB; er wird nicht indiziert.</translation>
    </message>
    <message>
        <source>The search could not be read.</source>
        <translation>Die Suchanfrage konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An image is stored without text for now; text recognition (OCR) will read it later.</source>
        <translation>Ein Bild wird vorerst ohne Text gespeichert; die Texterkennung (OCR) liest es später.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ServerAdmin</name>
    <message>
        <source>The database has no Aktenwerk repository. An administrator sets it up with &quot;aktenwerk-cli server init&quot;.</source>
        <translation>In der Datenbank ist kein zentraler Aktenwerk-Server eingerichtet. Die Administration richtet ihn mit „aktenwerk-cli server init“ ein.</translation>
    </message>
    <message>
        <source>&quot;server init&quot; needs the database owner with the right to create roles (CREATEROLE).</source>
        <translation>„server init“ erfordert den Eigentümer der Datenbank mit dem Recht, Rollen anzulegen (CREATEROLE).</translation>
    </message>
    <message>
        <source>Updating the server to schema %1 failed.</source>
        <translation>Die Aktualisierung des Servers auf Schema %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid department code.</source>
        <translation>„%1“ ist kein gültiges Fachbereichskürzel.</translation>
    </message>
    <message>
        <source>The department %1 needs a name.</source>
        <translation>Der Fachbereich %1 benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The department %1 exists already.</source>
        <translation>Den Fachbereich %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Anmeldename: Erlaubt sind Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Weisen Sie dem Benutzerkonto mindestens eine Rolle zu.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>Das Benutzerkonto %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>The department %1 does not exist on the server.</source>
        <translation>Der Fachbereich %1 ist auf dem Server nicht vorhanden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unit code: letters, digits, &apos;.&apos;, &apos;/&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiges Kürzel einer Organisationseinheit: Buchstaben, Ziffern, „.“, „/“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>The unit %1 needs a name.</source>
        <translation>Die Organisationseinheit %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no unit %1 to put %2 below.</source>
        <translation>Es gibt keine Organisationseinheit %1, unter die %2 kommen könnte.</translation>
    </message>
    <message>
        <source>The unit %1 cannot be saved</source>
        <translation>Die Organisationseinheit %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The unit %1 below %2 needs a department (--department CODE).</source>
        <translation>Die Organisationseinheit %1 unter %2 braucht einen Fachbereich (--department CODE).</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The user %1 cannot be changed</source>
        <translation>Der Benutzer %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>The grace period is 0 to 365 days.</source>
        <translation>Die Nachfrist ist 0 bis 365 Tage.</translation>
    </message>
    <message>
        <source>Only records officers keep the records of further departments.</source>
        <translation>Nur die Registratur verwaltet das Schriftgut weiterer Fachbereiche.</translation>
    </message>
    <message>
        <source>Say what changes: --unit, --department, --role or --records-for.</source>
        <translation>Geben Sie an, was sich ändert: --unit, --department, --role oder --records-for.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ServerAudit</name>
    <message>
        <source>The audit trail does not start at its beginning: events 1 to %1 are missing (deleted).</source>
        <translation>Das Prüfprotokoll beginnt nicht am Anfang: die Ereignisse 1 bis %1 fehlen (gelöscht).</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing (deleted).</source>
        <translation>Die Ereignisse %1 bis %2 fehlen (gelöscht).</translation>
    </message>
    <message>
        <source>Event %1 does not match its hash: it was changed after it was written, or moved here from another position.</source>
        <translation>Ereignis %1 passt nicht zu seinem Hash: es wurde nach dem Schreiben geändert oder von einer anderen Stelle hierher verschoben.</translation>
    </message>
    <message>
        <source>Event %1 does not continue the chain: an event before it was removed, inserted or rewritten.</source>
        <translation>Ereignis %1 setzt die Kette nicht fort: ein Ereignis davor wurde entfernt, eingefügt oder neu geschrieben.</translation>
    </message>
    <message>
        <source>Event %1 records a change that the server has no record of: it was added afterwards.</source>
        <translation>Ereignis %1 verzeichnet eine Änderung, von der der Server nichts weiß: es wurde nachträglich hinzugefügt.</translation>
    </message>
    <message>
        <source>Event %1 differs from the head anchored on %2: the audit trail was rewritten from there on.</source>
        <translation>Ereignis %1 weicht vom am %2 verwahrten Kopf ab: das Prüfprotokoll wurde ab dort neu geschrieben.</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but event %2 was anchored on %3: events %4 to %2 were removed.</source>
        <translation>Das Prüfprotokoll endet bei Ereignis %1, aber am %3 wurde Ereignis %2 verwahrt: die Ereignisse %4 bis %2 wurden entfernt.</translation>
    </message>
    <message>
        <source>%1 changes applied by the server have no audit event (the first of %2): events were removed.</source>
        <translation>%1 vom Server ausgeführte Änderungen haben kein Protokollereignis (die erste vom %2): Ereignisse wurden entfernt.</translation>
    </message>
    <message>
        <source>Cannot read the anchor file %1.</source>
        <translation>Die Ankerdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The anchor file %1 has a line that is not &quot;seq hash time&quot;.</source>
        <translation>Die Ankerdatei %1 enthält eine Zeile, die nicht „seq hash zeit“ lautet.</translation>
    </message>
    <message>
        <source>Cannot write the anchor file %1.</source>
        <translation>Die Ankerdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::SyncEngine</name>
    <message>
        <source>This data folder works locally. Connect it to the server first (&quot;aktenwerk-cli connect&quot;).</source>
        <translation>Dieser Datenordner arbeitet lokal. Verbinden Sie ihn zuerst mit dem Server („aktenwerk-cli connect“).</translation>
    </message>
    <message>
        <source>The server has repository schema %1, this Aktenwerk needs %2. Ask the administrator to run &quot;aktenwerk-cli server init&quot; or update Aktenwerk.</source>
        <translation>Der Server hat Schema %1, diese Aktenwerk-Version benötigt Schema %2. Bitten Sie die Administration, „aktenwerk-cli server init“ auszuführen, oder aktualisieren Sie Aktenwerk.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The content %1 is missing from the content store.</source>
        <translation>Der Inhalt %1 fehlt im Inhaltsspeicher.</translation>
    </message>
    <message>
        <source>Cannot read the content %1.</source>
        <translation>Der Inhalt %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its checksum is wrong.</source>
        <translation>Der Inhalt %1 ist beschädigt: Die Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>The content %1 is not complete on the server yet.</source>
        <translation>Der Inhalt %1 ist auf dem Server noch nicht vollständig.</translation>
    </message>
    <message>
        <source>Cannot write to the content store.</source>
        <translation>In den Inhaltsspeicher kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A part of the content %1 is missing on the server.</source>
        <translation>Ein Teil des Inhalts %1 fehlt auf dem Server.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The content %1 from the server does not match its checksum; it was not stored.</source>
        <translation>Der Inhalt %1 vom Server stimmt nicht mit seiner Prüfsumme überein; er wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The document is checked out by %1 since %2. You can read it; you can edit it once it is checked in.</source>
        <translation>Das Dokument ist seit %2 von %1 ausgecheckt. Sie können es lesen; bearbeiten können Sie es, sobald es wieder eingecheckt ist.</translation>
    </message>
    <message>
        <source>%1 broke your check-out of &quot;%2&quot; on %3; your working copy is kept.</source>
        <translation>%1 hat Ihr Auschecken von „%2“ am %3 aufgehoben; Ihre Arbeitskopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 changes.</source>
        <translation>Der Server hat %1 von %2 Änderungen beantwortet.</translation>
    </message>
    <message>
        <source>The content %1 reached the server damaged; it is sent again with the next sync.</source>
        <translation>Der Inhalt %1 kam beschädigt beim Server an; er wird beim nächsten Abgleich erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Verifier</name>
    <message>
        <source>The audit anchor %1 is missing: events removed from the end could not be detected.</source>
        <translation>Die Ankerdatei %1 des Prüfprotokolls fehlt: Am Ende entfernte Einträge ließen sich so nicht erkennen.</translation>
    </message>
    <message>
        <source>the transfer note names another document (%1)</source>
        <translation>der Transfervermerk nennt ein anderes Dokument (%1)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::VersionText</name>
    <message>
        <source>Version %1 is larger than %2 MiB; its text is not compared.</source>
        <translation>Version %1 ist größer als %2 MiB; ihr Text wird nicht verglichen.</translation>
    </message>
    <message>
        <source>No text could be read from version %1: %2</source>
        <translation>Aus Version %1 konnte kein Text gelesen werden: %2</translation>
    </message>
    <message>
        <source>Version %1 is a kind of file without text (%2).</source>
        <translation>Version %1 ist eine Dateiart ohne Text (%2).</translation>
    </message>
    <message>
        <source>No temporary folder for the comparison.</source>
        <translation>Kein temporärer Ordner für den Vergleich.</translation>
    </message>
    <message>
        <source>The text of version %1 is too large to compare.</source>
        <translation>Der Text von Version %1 ist zu groß für einen Vergleich.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::WatchFolder</name>
    <message>
        <source>The watched folder %1 does not exist.</source>
        <translation>Der überwachte Ordner %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Imported, but it could not be moved out of the watched folder.</source>
        <translation>Übernommen, konnte aber nicht aus dem überwachten Ordner verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Writer</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Unknown kind of change.</source>
        <translation>Unbekannte Art der Änderung.</translation>
    </message>
    <message>
        <source>You may not %1: this needs the role %2.</source>
        <translation>Sie haben keine Berechtigung, %1. Dafür ist die Rolle %2 erforderlich.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Akte ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The file %1 is closed (z.d.A.) and can no longer be changed.</source>
        <translation>Die Akte %1 ist abgeschlossen (z.d.A.) und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Metadata fields need a type (for example &quot;Bauakte&quot;) that defines them.</source>
        <translation>Metadatenfelder setzen einen Typ voraus, der sie festlegt (zum Beispiel „Bauakte“).</translation>
    </message>
    <message>
        <source>The department %1 defines no type &quot;%2&quot;.</source>
        <translation>Der Fachbereich %1 kennt keinen Typ „%2“.</translation>
    </message>
    <message>
        <source>The department %1 defines no type &quot;%2&quot;. Known types: %3.</source>
        <translation>Der Fachbereich %1 kennt keinen Typ „%2“. Bekannte Typen: %3.</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen zu ändern</translation>
    </message>
    <message>
        <source>create departments</source>
        <translation>Fachbereiche anzulegen</translation>
    </message>
    <message>
        <source>The department %1 exists already.</source>
        <translation>Den Fachbereich %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>Benutzerkonten anzulegen</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>Das Benutzerkonto %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>change the file plan</source>
        <translation>den Aktenplan zu ändern</translation>
    </message>
    <message>
        <source>The plan code %1 exists already.</source>
        <translation>Das Kennzeichen %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>The parent plan code %1 of %2 does not exist.</source>
        <translation>Das übergeordnete Kennzeichen %1 von %2 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The department %1 of plan unit %2 does not exist.</source>
        <translation>Der Fachbereich %1 der Aktenplaneinheit %2 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The plan unit does not exist.</source>
        <translation>Die Aktenplaneinheit ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The code of a plan unit cannot change: file references are built from it.</source>
        <translation>Das Kennzeichen einer Aktenplaneinheit kann nicht geändert werden: Aus ihm werden die Aktenzeichen gebildet.</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>Akten anzulegen</translation>
    </message>
    <message>
        <source>The plan code %1 does not exist in the file plan.</source>
        <translation>Das Kennzeichen %1 ist im Aktenplan nicht vorhanden.</translation>
    </message>
    <message>
        <source>The plan unit %1 is retired (stillgelegt): no new files can be created below it.</source>
        <translation>Die Aktenplaneinheit %1 ist stillgelegt: Darunter können keine neuen Akten angelegt werden.</translation>
    </message>
    <message>
        <source>The department %1 does not exist.</source>
        <translation>Der Fachbereich %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>No free file reference was found.</source>
        <translation>Es wurde kein freies Aktenzeichen gefunden.</translation>
    </message>
    <message>
        <source>create volumes</source>
        <translation>Bände anzulegen</translation>
    </message>
    <message>
        <source>create cases</source>
        <translation>Vorgänge anzulegen</translation>
    </message>
    <message>
        <source>The volume does not belong to the file %1.</source>
        <translation>Der Band gehört nicht zur Akte %1.</translation>
    </message>
    <message>
        <source>The content to be stored is missing from the content store.</source>
        <translation>Der zu speichernde Inhalt fehlt im Inhaltsspeicher.</translation>
    </message>
    <message>
        <source>The content size does not match the stored content.</source>
        <translation>Die Größe stimmt nicht mit dem gespeicherten Inhalt überein.</translation>
    </message>
    <message>
        <source>add documents</source>
        <translation>Dokumente hinzuzufügen</translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation>Der Vorgang ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The case %1 is closed and can no longer be changed.</source>
        <translation>Der Vorgang %1 ist abgeschlossen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>add versions</source>
        <translation>Versionen hinzuzufügen</translation>
    </message>
    <message>
        <source>The document does not exist.</source>
        <translation>Das Dokument ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is closed and can no longer be changed.</source>
        <translation>Das Dokument „%1“ ist abgeschlossen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>change metadata</source>
        <translation>Metadaten zu ändern</translation>
    </message>
    <message>
        <source>Nothing with the id %1 exists.</source>
        <translation>Es gibt kein Objekt mit der ID %1.</translation>
    </message>
    <message>
        <source>Fields of a %1 cannot be changed this way.</source>
        <translation>Felder eines Objekts vom Typ %1 können auf diese Weise nicht geändert werden.</translation>
    </message>
    <message>
        <source>A volume has no metadata fields besides its title.</source>
        <translation>Ein Band hat außer seinem Titel keine Metadatenfelder.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Akten, Vorgänge oder Dokumente zu löschen</translation>
    </message>
    <message>
        <source>A %1 cannot be deleted.</source>
        <translation>Objekte vom Typ %1 können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 is not empty: delete what it holds first.</source>
        <translation>%1 ist nicht leer: Löschen Sie zuerst alles, was darin enthalten ist.</translation>
    </message>
    <message>
        <source>This data folder already works with %1 as %2. Use a new data folder for another server or user.</source>
        <translation>Dieser Datenordner arbeitet bereits mit %1 als %2. Verwenden Sie für einen anderen Server oder ein anderes Benutzerkonto einen neuen Datenordner.</translation>
    </message>
    <message>
        <source>resolve conflicts</source>
        <translation>Konflikte aufzulösen</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>Es gibt keinen Konflikt %1.</translation>
    </message>
    <message>
        <source>The conflict is resolved already (%1).</source>
        <translation>Der Konflikt ist bereits aufgelöst (%1).</translation>
    </message>
    <message>
        <source>Choose the case to file the document into.</source>
        <translation>Wählen Sie den Vorgang, dem das Dokument zugeordnet werden soll.</translation>
    </message>
    <message>
        <source>The case %1 belongs to department %2; you can only file into cases of your department (%3).</source>
        <translation>Der Vorgang %1 gehört zum Fachbereich %2; Sie können nur Vorgängen Ihres Fachbereichs (%3) zuordnen.</translation>
    </message>
    <message>
        <source>file documents</source>
        <translation>Dokumente zuordnen</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is already filed in the case %2. Only documents in the intake can be filed into a case; moving a document between cases is not possible.</source>
        <translation>Das Dokument „%1“ ist bereits dem Vorgang %2 zugeordnet. Nur Dokumente im Posteingang können einem Vorgang zugeordnet werden; ein Dokument zwischen Vorgängen zu verschieben ist nicht möglich.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; cannot be filed into %2: %3</source>
        <translation>Das Dokument „%1“ kann %2 nicht zugeordnet werden: %3</translation>
    </message>
    <message>
        <source>The document to refer to does not exist.</source>
        <translation>Das Dokument, auf das verwiesen werden soll, gibt es nicht.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is already in this case; a reference to it is not needed.</source>
        <translation>Das Dokument „%1“ liegt bereits in diesem Vorgang; ein Verweis darauf ist nicht nötig.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no content to refer to.</source>
        <translation>Das Dokument „%1“ hat keinen Inhalt, auf den verwiesen werden könnte.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no version %2 to restore.</source>
        <translation>Das Dokument „%1“ hat keine Version %2, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is checked out by %2 since %3; you can read it, but not change its content.</source>
        <translation>„%1“ ist seit %3 von %2 ausgecheckt; Sie können es lesen, aber seinen Inhalt nicht ändern.</translation>
    </message>
    <message>
        <source>check out documents</source>
        <translation>Dokumente auszuchecken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already checked out here: %2</source>
        <translation>„%1“ ist hier bereits ausgecheckt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changed meanwhile (now version %2); check it out again.</source>
        <translation>„%1“ wurde inzwischen geändert (jetzt Version %2); checken Sie es erneut aus.</translation>
    </message>
    <message>
        <source>The working copy does not match version %1.</source>
        <translation>Die Arbeitskopie stimmt nicht mit Version %1 überein.</translation>
    </message>
    <message>
        <source>check in documents</source>
        <translation>Dokumente einzuchecken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not checked out here.</source>
        <translation>„%1“ ist hier nicht ausgecheckt.</translation>
    </message>
    <message>
        <source>The working copy of &quot;%1&quot; is unchanged: there is no new version to check in.</source>
        <translation>Die Arbeitskopie von „%1“ ist unverändert: Es gibt keine neue Version zum Einchecken.</translation>
    </message>
    <message>
        <source>break someone else&apos;s check-out</source>
        <translation>das Auschecken anderer aufzuheben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not checked out.</source>
        <translation>„%1“ ist nicht ausgecheckt.</translation>
    </message>
    <message>
        <source>The id of the new document is not valid or taken.</source>
        <translation>Die ID des neuen Dokuments ist ungültig oder bereits vergeben.</translation>
    </message>
    <message>
        <source>No refused change %1 is waiting for a decision.</source>
        <translation>Keine abgelehnte Änderung %1 wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>This data folder already holds work made without a server. Connect it with &quot;aktenwerk-cli connect&quot;, which reads the server&apos;s file plan first.</source>
        <translation>Dieser Datenordner enthält schon Arbeit ohne Server. Verbinden Sie ihn mit „aktenwerk-cli connect“, das zuerst den Aktenplan des Servers liest.</translation>
    </message>
    <message>
        <source>The server has no department %1. Ask the administrator to add it (&quot;aktenwerk-cli server add-department&quot;), then connect again.</source>
        <translation>Der Server kennt den Fachbereich %1 nicht. Bitten Sie die Administration, ihn anzulegen („aktenwerk-cli server add-department“), und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Received changes are applied by the sync.</source>
        <translation>Empfangene Änderungen übernimmt der Abgleich.</translation>
    </message>
    <message>
        <source>No document number was handed out.</source>
        <translation>Es wurde keine Dokumentnummer vergeben.</translation>
    </message>
    <message>
        <source>Choose the department that keeps the file; there is none yet: add one first.</source>
        <translation>Wählen Sie den Fachbereich, der die Akte führt; es gibt noch keinen: legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>Choose the department that keeps the file: %1.</source>
        <translation>Wählen Sie den Fachbereich, der die Akte führt: %1.</translation>
    </message>
    <message>
        <source>restore what was deleted</source>
        <translation>Gelöschtes wiederherzustellen</translation>
    </message>
    <message>
        <source>%1 is not deleted.</source>
        <translation>%1 ist nicht gelöscht.</translation>
    </message>
    <message>
        <source>The case of &quot;%1&quot; is deleted: restore the case first.</source>
        <translation>Der Vorgang von „%1“ ist gelöscht: stellen Sie zuerst den Vorgang wieder her.</translation>
    </message>
    <message>
        <source>The file %1 of the case %2 is deleted: restore the file first.</source>
        <translation>Die Akte %1 des Vorgangs %2 ist gelöscht: stellen Sie zuerst die Akte wieder her.</translation>
    </message>
    <message>
        <source>move documents</source>
        <translation>Dokumente zu verschieben</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is in the intake: file it into a case instead.</source>
        <translation>Das Dokument „%1“ liegt im Posteingang: ordnen Sie es stattdessen einem Vorgang zu.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is in this case already.</source>
        <translation>Das Dokument „%1“ liegt schon in diesem Vorgang.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is checked out by %2: it can be moved once it is checked in.</source>
        <translation>Das Dokument „%1“ ist von %2 ausgecheckt: es kann verschoben werden, sobald es eingecheckt ist.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; cannot be moved to %2: %3</source>
        <translation>Das Dokument „%1“ kann nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>move cases</source>
        <translation>Vorgänge zu verschieben</translation>
    </message>
    <message>
        <source>The case %1 is in this file already.</source>
        <translation>Der Vorgang %1 liegt schon in dieser Akte.</translation>
    </message>
    <message>
        <source>The file %1 belongs to department %2; a case can only move between files of your department.</source>
        <translation>Die Akte %1 gehört zum Fachbereich %2; ein Vorgang kann nur zwischen Akten Ihres Fachbereichs verschoben werden.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; of the case is checked out by %2: the case can be moved once it is checked in.</source>
        <translation>Das Dokument „%1“ des Vorgangs ist von %2 ausgecheckt: der Vorgang kann verschoben werden, sobald es eingecheckt ist.</translation>
    </message>
    <message>
        <source>share files</source>
        <translation>Akten freizugeben</translation>
    </message>
    <message>
        <source>The file %1 belongs to department %2; only that department can share it.</source>
        <translation>Die Akte %1 gehört zum Fachbereich %2; nur dieser kann sie freigeben.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Es gibt keinen Fachbereich %1.</translation>
    </message>
    <message>
        <source>The file %1 belongs to department %2 already.</source>
        <translation>Die Akte %1 gehört schon zum Fachbereich %2.</translation>
    </message>
    <message>
        <source>The end of the share has passed already.</source>
        <translation>Das Ende der Freigabe liegt schon in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The file %1 is not shared with department %2.</source>
        <translation>Die Akte %1 ist nicht für Fachbereich %2 freigegeben.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::XdomeaContainer</name>
    <message>
        <source>The container %1 does not exist.</source>
        <translation>Den Container %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP container.</source>
        <translation>%1 ist kein lesbarer ZIP-Container.</translation>
    </message>
    <message>
        <source>%1 holds %2 members; at most %3 are accepted.</source>
        <translation>%1 enthält %2 Dateien; angenommen werden höchstens %3.</translation>
    </message>
    <message>
        <source>A member of %1 has no name.</source>
        <translation>Eine Datei in %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>A member name in %1 is not UTF-8; it is refused.</source>
        <translation>Ein Dateiname in %1 ist nicht UTF-8; der Container wird abgewiesen.</translation>
    </message>
    <message>
        <source>%1 names the member &quot;%2&quot;: an xdomea container holds plain file names only (no folders, no paths). Nothing was unpacked.</source>
        <translation>%1 enthält die Datei „%2“: Ein xdomea-Container enthält nur einfache Dateinamen (keine Ordner, keine Pfade). Es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 is a link or special file; only plain files are accepted.</source>
        <translation>Die Datei „%1“ in %2 ist eine Verknüpfung oder Sonderdatei; angenommen werden nur gewöhnliche Dateien.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 cannot be read.</source>
        <translation>Die Datei „%1“ in %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 is encrypted; xdomea containers are not.</source>
        <translation>Die Datei „%1“ in %2 ist verschlüsselt; xdomea-Container sind es nicht.</translation>
    </message>
    <message>
        <source>%1 holds the member &quot;%2&quot; twice.</source>
        <translation>%1 enthält die Datei „%2“ zweimal.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 unpacks to %3 bytes, more than the limit.</source>
        <translation>Die Datei „%1“ in %2 wird entpackt %3 Byte groß, mehr als erlaubt.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 would unpack to %3 times its packed size: refused as a ZIP bomb.</source>
        <translation>Die Datei „%1“ in %2 würde entpackt das %3-Fache ihrer gepackten Größe: als ZIP-Bombe abgewiesen.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 bytes; refused.</source>
        <translation>%1 wird entpackt größer als %2 Byte; abgewiesen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 holds no message: an xdomea container holds one XML message named like the container.</source>
        <translation>%1 enthält keine Nachricht: Ein xdomea-Container enthält eine XML-Nachricht, die wie der Container heißt.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 cannot be unpacked.</source>
        <translation>Die Datei „%1“ in %2 kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 is damaged.</source>
        <translation>Die Datei „%1“ in %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 unpacks to more than it declares or is allowed: refused as a ZIP bomb.</source>
        <translation>Die Datei „%1“ in %2 wird entpackt größer als angegeben oder erlaubt: als ZIP-Bombe abgewiesen.</translation>
    </message>
    <message>
        <source>The container %1 cannot be written.</source>
        <translation>Der Container %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be added to the container.</source>
        <translation>%1 kann dem Container nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain file name.</source>
        <translation>„%1“ ist kein einfacher Dateiname.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::XdomeaSchema</name>
    <message>
        <source>The xdomea schema shipped with the program cannot be loaded.</source>
        <translation>Das mitgelieferte xdomea-Schema kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The message declares a DTD; xdomea messages have none, and none is read.</source>
        <translation>Die Nachricht enthält eine DTD; xdomea-Nachrichten haben keine, und es wird keine gelesen.</translation>
    </message>
    <message>
        <source>The message is encoded as %1; xdomea messages are UTF-8.</source>
        <translation>Die Nachricht ist als %1 kodiert; xdomea-Nachrichten sind UTF-8.</translation>
    </message>
    <message>
        <source>The message is not valid UTF-8; xdomea messages are UTF-8.</source>
        <translation>Die Nachricht ist kein gültiges UTF-8; xdomea-Nachrichten sind UTF-8.</translation>
    </message>
    <message>
        <source>The message is not well-formed XML.</source>
        <translation>Die Nachricht ist kein wohlgeformtes XML.</translation>
    </message>
    <message>
        <source>The message does not match the xdomea schema.</source>
        <translation>Die Nachricht entspricht nicht dem xdomea-Schema.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message %1 cannot be read.</source>
        <translation>Die Nachricht %1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::Confidentiality</name>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>restricted (official use only)</source>
        <translation>nur für den Dienstgebrauch (NfD)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>top secret</source>
        <translation>streng geheim</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::DisposalType</name>
    <message>
        <source>archive (A)</source>
        <translation>archivieren (A)</translation>
    </message>
    <message>
        <source>appraise (B)</source>
        <translation>bewerten (B)</translation>
    </message>
    <message>
        <source>destroy (V)</source>
        <translation>vernichten (V)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::EntityType</name>
    <message>
        <source>file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>plan unit</source>
        <translation>Aktenplaneinheit</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::FilePlan</name>
    <message>
        <source>The plan code &quot;%1&quot; is not valid: use digits in groups separated by dots, e.g. 63.01.02.</source>
        <translation>Das Kennzeichen „%1“ ist ungültig: Verwenden Sie durch Punkte getrennte Zifferngruppen, z. B. 63.01.02.</translation>
    </message>
    <message>
        <source>The plan unit %1 has no title.</source>
        <translation>Die Aktenplaneinheit %1 hat keinen Titel.</translation>
    </message>
    <message>
        <source>The plan code %1 does not extend the code of its parent unit %2.</source>
        <translation>Das Kennzeichen %1 beginnt nicht mit dem Kennzeichen der übergeordneten Einheit %2.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::FilingHints</name>
    <message>
        <source>Letter of %1</source>
        <translation>Schreiben vom %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::MetadataSchema</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n character(s).</source>
        <translation>
            <numerusform>%1 ist länger als %n Zeichen.</numerusform>
            <numerusform>%1 ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a date such as 31.12.2026 or 2026-12-31.</source>
        <translation>%1 muss ein Datum sein, z. B. 31.12.2026 oder 2026-12-31.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 has the wrong form; expected: %2.</source>
        <translation>%1 hat nicht das richtige Format; erwartet: %2.</translation>
    </message>
    <message>
        <source>%1 has the wrong form.</source>
        <translation>%1 hat nicht das richtige Format.</translation>
    </message>
    <message>
        <source>%1 is not a field of the type &quot;%2&quot;.</source>
        <translation>%1 ist kein Feld des Typs „%2“.</translation>
    </message>
    <message>
        <source>A metadata schema has an unknown kind.</source>
        <translation>Ein Metadatenschema gilt für eine unbekannte Objektart.</translation>
    </message>
    <message>
        <source>A metadata schema needs a department and a type.</source>
        <translation>Ein Metadatenschema benötigt einen Fachbereich und einen Typ.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; is not valid.</source>
        <translation>Der Feldschlüssel „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; appears twice.</source>
        <translation>Der Feldschlüssel „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown type.</source>
        <translation>Das Feld „%1“ hat einen unbekannten Typ.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an invalid pattern.</source>
        <translation>Das Feld „%1“ hat ein ungültiges Muster.</translation>
    </message>
    <message>
        <source>The choice field &quot;%1&quot; has no options.</source>
        <translation>Das Auswahlfeld „%1“ hat keine Auswahlwerte.</translation>
    </message>
    <message>
        <source>The metadata schema list is not valid JSON.</source>
        <translation>Die Liste der Metadatenschemas ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The metadata schema &quot;%1&quot; appears twice.</source>
        <translation>Das Metadatenschema „%1“ kommt doppelt vor.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::RecordStatus</name>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::ReferenceTemplate</name>
    <message>
        <source>The reference template is empty.</source>
        <translation>Die Vorlage für das Zeichen ist leer.</translation>
    </message>
    <message>
        <source>The reference template is too long.</source>
        <translation>Die Vorlage für das Zeichen ist zu lang.</translation>
    </message>
    <message>
        <source>The reference template has a &apos;}&apos; without &apos;{&apos;.</source>
        <translation>Die Vorlage für das Zeichen enthält ein &apos;}&apos; ohne &apos;{&apos;.</translation>
    </message>
    <message>
        <source>The reference template contains a control character.</source>
        <translation>Die Vorlage für das Zeichen enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The reference template has a &apos;{&apos; without &apos;}&apos;.</source>
        <translation>Die Vorlage für das Zeichen enthält ein &apos;{&apos; ohne &apos;}&apos;.</translation>
    </message>
    <message>
        <source>The width in the placeholder {%1} must be a number from 1 to 9.</source>
        <translation>Die Breite im Platzhalter {%1} muss eine Zahl von 1 bis 9 sein.</translation>
    </message>
    <message>
        <source>The year can only be written with 2 or 4 digits.</source>
        <translation>Das Jahr kann nur zwei- oder vierstellig geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the reference template.</source>
        <translation>Unbekannter Platzhalter {%1} in der Vorlage für das Zeichen.</translation>
    </message>
    <message>
        <source>The placeholder {%1} takes no width.</source>
        <translation>Der Platzhalter {%1} erlaubt keine Breitenangabe.</translation>
    </message>
    <message>
        <source>Two placeholders must be separated by literal text, e.g. &quot;{plan}-{seq}&quot;.</source>
        <translation>Zwei Platzhalter müssen durch festen Text getrennt sein, z. B. „{plan}-{seq}“.</translation>
    </message>
    <message>
        <source>A file reference template needs {plan} and {seq} exactly once each.</source>
        <translation>Die Vorlage für Aktenzeichen muss {plan} und {seq} jeweils genau einmal enthalten.</translation>
    </message>
    <message>
        <source>A case reference template needs {file} and {case} exactly once each.</source>
        <translation>Die Vorlage für Vorgangszeichen muss {file} und {case} jeweils genau einmal enthalten.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::Retention</name>
    <message>
        <source>unlimited</source>
        <translation>unbefristet</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::Role</name>
    <message>
        <source>clerk</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>records officer</source>
        <translation>Registratur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Revision</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::RoutingSlip</name>
    <message>
        <source>for information</source>
        <translation>zur Kenntnisnahme</translation>
    </message>
    <message>
        <source>for co-signature</source>
        <translation>zur Mitzeichnung</translation>
    </message>
    <message>
        <source>for signature</source>
        <translation>zur Zeichnung</translation>
    </message>
    <message>
        <source>for processing</source>
        <translation>zur Bearbeitung</translation>
    </message>
    <message>
        <source>Every step needs an addressee.</source>
        <translation>Jeder Schritt braucht einen Adressaten.</translation>
    </message>
    <message>
        <source>A new step cannot have been acted on already.</source>
        <translation>Ein neuer Schritt kann noch nicht erledigt sein.</translation>
    </message>
    <message>
        <source>A route names the version it routes (its SHA-256).</source>
        <translation>Ein Geschäftsgang nennt die Version, die er umlaufen lässt (ihren SHA-256).</translation>
    </message>
    <message>
        <source>A route needs at least one step.</source>
        <translation>Ein Geschäftsgang braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Steps are numbered 1, 2, 3 … without a gap.</source>
        <translation>Schritte werden lückenlos 1, 2, 3 … nummeriert.</translation>
    </message>
    <message>
        <source>The route has no such step.</source>
        <translation>Diesen Schritt hat der Geschäftsgang nicht.</translation>
    </message>
    <message>
        <source>This step is done; what was recorded stays as it is.</source>
        <translation>Dieser Schritt ist erledigt; was festgehalten ist, bleibt so.</translation>
    </message>
    <message>
        <source>This step&apos;s turn has not come yet.</source>
        <translation>Dieser Schritt ist noch nicht an der Reihe.</translation>
    </message>
    <message>
        <source>Who acted and when is recorded with every step.</source>
        <translation>Bei jedem Schritt wird festgehalten, wer wann gehandelt hat.</translation>
    </message>
    <message>
        <source>Say why the step is left out.</source>
        <translation>Bitte angeben, warum der Schritt entfällt.</translation>
    </message>
    <message>
        <source>Say why the route goes back.</source>
        <translation>Bitte angeben, warum der Vorgang zurückgeht.</translation>
    </message>
    <message>
        <source>sent back by %1</source>
        <translation>zurückgegeben von %1</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Mindestens einen Schritt hinzufügen.</translation>
    </message>
    <message>
        <source>The route is finished; start a new one.</source>
        <translation>Der Geschäftsgang ist beendet; bitte einen neuen beginnen.</translation>
    </message>
    <message>
        <source>The route has no position %1.</source>
        <translation>Der Geschäftsgang hat keine Stelle %1.</translation>
    </message>
    <message>
        <source>Steps can only be added before steps that have not begun.</source>
        <translation>Schritte lassen sich nur vor Schritten einfügen, die noch nicht begonnen haben.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::ScanTransferNote</name>
    <message>
        <source>The transfer note is not valid JSON.</source>
        <translation>Der Transfervermerk ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The transfer note has an unknown format version.</source>
        <translation>Der Transfervermerk hat eine unbekannte Formatversion.</translation>
    </message>
    <message>
        <source>The transfer note has an invalid time.</source>
        <translation>Der Transfervermerk enthält eine ungültige Zeitangabe.</translation>
    </message>
    <message>
        <source>The transfer note is incomplete.</source>
        <translation>Der Transfervermerk ist unvollständig.</translation>
    </message>
    <message>
        <source>The note has no id.</source>
        <translation>Der Vermerk hat keine ID.</translation>
    </message>
    <message>
        <source>The note names no document.</source>
        <translation>Der Vermerk nennt kein Dokument.</translation>
    </message>
    <message>
        <source>The note names no scanner.</source>
        <translation>Der Vermerk nennt keinen Scanner.</translation>
    </message>
    <message>
        <source>The note has no resolution.</source>
        <translation>Der Vermerk enthält keine Auflösung.</translation>
    </message>
    <message>
        <source>The note does not say who scanned.</source>
        <translation>Der Vermerk nennt nicht, wer gescannt hat.</translation>
    </message>
    <message>
        <source>The note has no time of capture.</source>
        <translation>Der Vermerk enthält keinen Zeitpunkt der Erfassung.</translation>
    </message>
    <message>
        <source>The note has no page count.</source>
        <translation>Der Vermerk enthält keine Seitenzahl.</translation>
    </message>
    <message>
        <source>The note&apos;s product hash is not a SHA-256 value.</source>
        <translation>Die Prüfsumme des Scanprodukts im Vermerk ist kein SHA-256-Wert.</translation>
    </message>
    <message>
        <source>The stored product has changed since the scan: its SHA-256 is %1, the transfer note records %2.</source>
        <translation>Das gespeicherte Scanprodukt wurde seit dem Scan verändert: Seine SHA-256-Prüfsumme ist %1, der Transfervermerk verzeichnet %2.</translation>
    </message>
    <message>
        <source>The stored product has %1 page(s), the transfer note records %2.</source>
        <translation>Das gespeicherte Scanprodukt hat %1 Seite(n), der Transfervermerk verzeichnet %2.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::VersionOrigin</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Parallel version</source>
        <translation>Parallelversion</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Document management and electronic files</source>
        <translation>Dokumentenmanagement und elektronische Akten</translation>
    </message>
    <message>
        <source>Use the data folder &lt;dir&gt;.</source>
        <translation>Den Datenordner &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <source>Open the data folder read-only.</source>
        <translation>Den Datenordner schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>User interface language: de or en.</source>
        <translation>Sprache der Oberfläche: de oder en.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is ready, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern, sobald es bereit ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is ready (for start-up measurements).</source>
        <translation>Beenden, sobald das Fenster bereit ist (für Messungen des Programmstarts).</translation>
    </message>
    <message>
        <source>Once the window is ready, open &lt;window&gt;: rejected (the changes the server refused), conflicts, or history:DOCUMENT-ID (a document&apos;s versions).</source>
        <translation>Sobald das Fenster bereit ist, &lt;window&gt; öffnen: rejected (vom Server abgelehnte Änderungen), conflicts oder history:DOKUMENT-ID (die Versionen eines Dokuments).</translation>
    </message>
</context>
</TS>

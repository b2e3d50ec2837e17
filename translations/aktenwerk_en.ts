<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Aktenwerk::Cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>The option %1 is given twice.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Run &quot;aktenwerk-cli --help&quot; for the list of commands.</source>
        <translation>Run &quot;aktenwerk-cli --help&quot; for the list of commands.</translation>
    </message>
    <message>
        <source>Nothing called &quot;%1&quot; was found.</source>
        <translation>Nothing called &quot;%1&quot; was found.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not a %3.</source>
        <translation>&quot;%1&quot; is a %2, not a %3.</translation>
    </message>
    <message>
        <source>Data folder ready: %1 (schema %2, user %3)</source>
        <translation>Data folder ready: %1 (schema %2, user %3)</translation>
    </message>
    <message>
        <source>Demo data created in %1: %2 plan units, %3 files, %4 cases, %5 documents, %6 versions.</source>
        <translation>Demo data created in %1: %2 plan units, %3 files, %4 cases, %5 documents, %6 versions.</translation>
    </message>
    <message>
        <source>plan import needs exactly one FILE.</source>
        <translation>plan import needs exactly one FILE.</translation>
    </message>
    <message>
        <source>File plan imported (%1): %2 units created, %3 updated, %4 unchanged, %5 departments created.</source>
        <translation>File plan imported (%1): %2 units created, %3 updated, %4 unchanged, %5 departments created.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Use &quot;plan import FILE&quot; or &quot;plan list&quot;.</source>
        <translation>Use &quot;plan import FILE&quot; or &quot;plan list&quot;.</translation>
    </message>
    <message>
        <source>department add needs CODE and --name NAME.</source>
        <translation>department add needs CODE and --name NAME.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level &quot;%1&quot;.</source>
        <translation>Unknown confidentiality level &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;department list&quot; or &quot;department add&quot;.</source>
        <translation>Use &quot;department list&quot; or &quot;department add&quot;.</translation>
    </message>
    <message>
        <source>file create needs --plan CODE and --title TEXT.</source>
        <translation>file create needs --plan CODE and --title TEXT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form FIELD=VALUE.</source>
        <translation>&quot;%1&quot; is not of the form FIELD=VALUE.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026.</source>
        <translation>--year needs a year such as 2026.</translation>
    </message>
    <message>
        <source>case create needs --file REF|UUID and --title TEXT.</source>
        <translation>case create needs --file REF|UUID and --title TEXT.</translation>
    </message>
    <message>
        <source>FB %1</source>
        <translation>FB %1</translation>
    </message>
    <message>
        <source>show needs one REF or UUID.</source>
        <translation>show needs one REF or UUID.</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Retention: %1</translation>
    </message>
    <message>
        <source>Disposal: %1</source>
        <translation>Disposal: %1</translation>
    </message>
    <message>
        <source>Department: %1, confidentiality: %2, status: %3</source>
        <translation>Department: %1, confidentiality: %2, status: %3</translation>
    </message>
    <message>
        <source>Type: %1  %2</source>
        <translation>Type: %1  %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Cases: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>Cannot show a %1.</source>
        <translation>Cannot show a %1.</translation>
    </message>
    <message>
        <source>set needs REF|UUID and at least one FIELD=VALUE.</source>
        <translation>set needs REF|UUID and at least one FIELD=VALUE.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Saved (revision %1).</source>
        <translation>Saved (revision %1).</translation>
    </message>
    <message>
        <source>history needs one REF or UUID.</source>
        <translation>history needs one REF or UUID.</translation>
    </message>
    <message>
        <source>add needs --case REF|UUID and at least one PATH.</source>
        <translation>add needs --case REF|UUID and at least one PATH.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder; add the files in it by name.</source>
        <translation>%1 is a folder; add the files in it by name.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>get needs a document UUID and --out FILE.</source>
        <translation>get needs a document UUID and --out FILE.</translation>
    </message>
    <message>
        <source>--version needs a version number (1, 2, ...).</source>
        <translation>--version needs a version number (1, 2, ...).</translation>
    </message>
    <message>
        <source>The document has no version %1.</source>
        <translation>The document has no version %1.</translation>
    </message>
    <message>
        <source>delete needs REF|UUID and --reason TEXT.</source>
        <translation>delete needs REF|UUID and --reason TEXT.</translation>
    </message>
    <message>
        <source>Deleted %1 (kept as a tombstone).</source>
        <translation>Deleted %1 (kept as a tombstone).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Use &quot;config get KEY&quot; or &quot;config set KEY VALUE&quot;.</source>
        <translation>Use &quot;config get KEY&quot; or &quot;config set KEY VALUE&quot;.</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>Everything holds.</source>
        <translation>Everything holds.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>Verification FAILED.</translation>
    </message>
    <message>
        <source>verification failed: %1: %2</source>
        <translation>verification failed: %1: %2</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>note: %n content file(s) without a document (left by an interrupted import; harmless).</source>
        <translation>
            <numerusform>note: %n content file without a document (left by an interrupted import; harmless).</numerusform>
            <numerusform>note: %n content files without a document (left by an interrupted import; harmless).</numerusform>
        </translation>
    </message>
    <message>
        <source>server commands need --url with the database owner&apos;s connection (a libpq URL).</source>
        <translation>server commands need --url with the database owner&apos;s connection (a libpq URL).</translation>
    </message>
    <message>
        <source>The repository in database %1 is up to date (schema %2).</source>
        <translation>The repository in database %1 is up to date (schema %2).</translation>
    </message>
    <message>
        <source>The repository in database %1 is at schema %2 (was %3).</source>
        <translation>The repository in database %1 is at schema %2 (was %3).</translation>
    </message>
    <message>
        <source>Department %1 created.</source>
        <translation>Department %1 created.</translation>
    </message>
    <message>
        <source>server add-user needs NAME, --department CODE, --role ROLE and --password-stdin.</source>
        <translation>server add-user needs NAME, --department CODE, --role ROLE and --password-stdin.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>User %1 created.</translation>
    </message>
    <message>
        <source>connect needs --url URL and --user NAME.</source>
        <translation>connect needs --url URL and --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password given (use --password-stdin in scripts).</source>
        <translation>No password given (use --password-stdin in scripts).</translation>
    </message>
    <message>
        <source>The URL must not contain the password; it goes to the keychain.</source>
        <translation>The URL must not contain the password; it goes to the keychain.</translation>
    </message>
    <message>
        <source>The server knows no Aktenwerk user %1. Ask the administrator.</source>
        <translation>The server knows no Aktenwerk user %1. Ask the administrator.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (department %3).</source>
        <translation>Connected to %1 as %2 (department %3).</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>The password is stored in the keychain.</translation>
    </message>
    <message>
        <source>This data folder works locally. Connect it first (&quot;aktenwerk-cli connect&quot;).</source>
        <translation>This data folder works locally. Connect it first (&quot;aktenwerk-cli connect&quot;).</translation>
    </message>
    <message>
        <source>no terminal to ask on; use --password-stdin</source>
        <translation>no terminal to ask on; use --password-stdin</translation>
    </message>
    <message>
        <source>Synced: %1 changes sent, %2 refused, %3 received; %4 contents up, %5 down; %6 open conflicts.</source>
        <translation>Synced: %1 changes sent, %2 refused, %3 received; %4 contents up, %5 down; %6 open conflicts.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>Local data folder (no server). %1 changes recorded.</source>
        <translation>Local data folder (no server). %1 changes recorded.</translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation>Server %1, user %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent, %2 refused by the server, %3 open conflicts.</source>
        <translation>%1 changes waiting to be sent, %2 refused by the server, %3 open conflicts.</translation>
    </message>
    <message>
        <source>%1  %2 %3, field %4: mine &quot;%5&quot; (%6), theirs &quot;%7&quot;</source>
        <translation>%1  %2 %3, field %4: mine &quot;%5&quot; (%6), theirs &quot;%7&quot;</translation>
    </message>
    <message>
        <source>resolve needs CONFLICT-ID and --keep mine|theirs.</source>
        <translation>resolve needs CONFLICT-ID and --keep mine|theirs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict id.</source>
        <translation>&quot;%1&quot; is not a conflict id.</translation>
    </message>
    <message>
        <source>Resolved; the server learns it with the next sync.</source>
        <translation>Resolved; the server learns it with the next sync.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search needs a QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>reindex takes no arguments.</source>
        <translation>reindex takes no arguments.</translation>
    </message>
    <message numerus="yes">
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Search index rebuilt: %n document.</numerusform>
            <numerusform>Search index rebuilt: %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs at least one PATH (a file or a folder).</source>
        <translation>import needs at least one PATH (a file or a folder).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n file could not be imported; the others were.</numerusform>
            <numerusform>%n files could not be imported; the others were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &quot;intake list&quot;.</source>
        <translation>Use &quot;intake list&quot;.</translation>
    </message>
    <message>
        <source>The intake is empty.</source>
        <translation>The intake is empty.</translation>
    </message>
    <message>
        <source>watch needs the FOLDER to watch.</source>
        <translation>watch needs the FOLDER to watch.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Watching %1; new files go to the intake. Stop with Ctrl+C.</source>
        <translation>Watching %1; new files go to the intake. Stop with Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n hits: the best of the newest are shown; narrow the search.</source>
        <translation>
            <numerusform>More than %n hits: the best of the newest are shown; narrow the search.</numerusform>
            <numerusform>More than %n hits: the best of the newest are shown; narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s); raise --limit to see more.</source>
        <translation>
            <numerusform>%n hit; raise --limit to see more.</numerusform>
            <numerusform>%n hits; raise --limit to see more.</numerusform>
        </translation>
    </message>
    <message>
        <source>--link-duplicates needs --case: references are made in a case.</source>
        <translation>--link-duplicates needs --case: references are made in a case.</translation>
    </message>
    <message>
        <source>file-into needs a document (UUID) and --case REF|UUID.</source>
        <translation>file-into needs a document (UUID) and --case REF|UUID.</translation>
    </message>
    <message>
        <source>Filed &quot;%1&quot; into %2.</source>
        <translation>Filed &quot;%1&quot; into %2.</translation>
    </message>
    <message>
        <source>note: not sent yet (%1); it goes with the next sync.</source>
        <translation>note: not sent yet (%1); it goes with the next sync.</translation>
    </message>
    <message>
        <source>versions needs one document.</source>
        <translation>versions needs one document.</translation>
    </message>
    <message>
        <source> (parallel to v%1)</source>
        <translation> (parallel to v%1)</translation>
    </message>
    <message>
        <source>Checked out by %1 since %2.</source>
        <translation>Checked out by %1 since %2.</translation>
    </message>
    <message>
        <source>checkout needs one document.</source>
        <translation>checkout needs one document.</translation>
    </message>
    <message>
        <source>note: the server cannot be reached (%1). Checked out for an offline edit: should someone else check in meanwhile, yours becomes a parallel version.</source>
        <translation>note: the server cannot be reached (%1). Checked out for an offline edit: should someone else check in meanwhile, yours becomes a parallel version.</translation>
    </message>
    <message>
        <source>checkin needs a document and, optionally, the FILE to check in.</source>
        <translation>checkin needs a document and, optionally, the FILE to check in.</translation>
    </message>
    <message>
        <source>Unchanged: no new version. The check-out has ended.</source>
        <translation>Unchanged: no new version. The check-out has ended.</translation>
    </message>
    <message>
        <source>Checked in as version %1, parallel to the version you started from: someone else checked in meanwhile.</source>
        <translation>Checked in as version %1, parallel to the version you started from: someone else checked in meanwhile.</translation>
    </message>
    <message>
        <source>Checked in as version %1.</source>
        <translation>Checked in as version %1.</translation>
    </message>
    <message>
        <source>cancel-checkout needs one document.</source>
        <translation>cancel-checkout needs one document.</translation>
    </message>
    <message>
        <source>Check-out cancelled; the working copy is discarded.</source>
        <translation>Check-out cancelled; the working copy is discarded.</translation>
    </message>
    <message>
        <source>restore needs a document and --version N.</source>
        <translation>restore needs a document and --version N.</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 restored as version %2.</translation>
    </message>
    <message>
        <source>break-lock needs one document.</source>
        <translation>break-lock needs one document.</translation>
    </message>
    <message>
        <source>The document was not checked out.</source>
        <translation>The document was not checked out.</translation>
    </message>
    <message>
        <source>The check-out of %1 is broken; %1 is told with the next sync.</source>
        <translation>The check-out of %1 is broken; %1 is told with the next sync.</translation>
    </message>
    <message>
        <source>Checked out here%1: &quot;%2&quot; (version %3) — %4</source>
        <translation>Checked out here%1: &quot;%2&quot; (version %3) — %4</translation>
    </message>
    <message>
        <source> (offline edit)</source>
        <translation> (offline edit)</translation>
    </message>
    <message>
        <source>devices takes no arguments.</source>
        <translation>devices takes no arguments.</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected, and that SANE knows it (scanimage -L).</source>
        <translation>No scanner was found. Check that it is switched on and connected, and that SANE knows it (scanimage -L).</translation>
    </message>
    <message>
        <source>scan needs --device NAME (see &quot;devices&quot;).</source>
        <translation>scan needs --device NAME (see &quot;devices&quot;).</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;: use flatbed, adf or duplex.</source>
        <translation>Unknown source &quot;%1&quot;: use flatbed, adf or duplex.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use color, gray or bw.</source>
        <translation>Unknown mode &quot;%1&quot;: use color, gray or bw.</translation>
    </message>
    <message>
        <source>--resolution needs dots per inch between 50 and 1200, e.g. 300.</source>
        <translation>--resolution needs dots per inch between 50 and 1200, e.g. 300.</translation>
    </message>
    <message>
        <source>Page %1: %2 x %3 pixels, %4 dpi, %5</source>
        <translation>Page %1: %2 x %3 pixels, %4 dpi, %5</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>not blank</source>
        <translation>not blank</translation>
    </message>
    <message>
        <source>Document %1: pages %2</source>
        <translation>Document %1: pages %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned into %1.</source>
        <translation>
            <numerusform>%n page scanned into %1.</numerusform>
            <numerusform>%n pages scanned into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>ocr needs one document and, optionally, --page N (1, 2, ...).</source>
        <translation>ocr needs one document and, optionally, --page N (1, 2, ...).</translation>
    </message>
    <message>
        <source>page %1	confidence %2%3</source>
        <translation>page %1	confidence %2%3</translation>
    </message>
    <message>
        <source>	low: please check</source>
        <translation>	low: please check</translation>
    </message>
    <message>
        <source>page %1	failed: %2</source>
        <translation>page %1	failed: %2</translation>
    </message>
    <message>
        <source>Stored as version %1 (searchable PDF).</source>
        <translation>Stored as version %1 (searchable PDF).</translation>
    </message>
    <message>
        <source>--max-pages needs a number of pages (1, 2, ...).</source>
        <translation>--max-pages needs a number of pages (1, 2, ...).</translation>
    </message>
    <message>
        <source>The pages scanned so far are kept in %1.</source>
        <translation>The pages scanned so far are kept in %1.</translation>
    </message>
    <message>
        <source>No page was scanned.</source>
        <translation>No page was scanned.</translation>
    </message>
    <message>
        <source>The pages scanned are kept in %1.</source>
        <translation>The pages scanned are kept in %1.</translation>
    </message>
    <message>
        <source>note: the search index is not up to date (%1); &quot;reindex&quot; catches up.</source>
        <translation>note: the search index is not up to date (%1); &quot;reindex&quot; catches up.</translation>
    </message>
    <message>
        <source>Filed: %1 (%2 pages) %3 — transfer note %4, quality check: %5</source>
        <translation>Filed: %1 (%2 pages) %3 — transfer note %4, quality check: %5</translation>
    </message>
    <message>
        <source>--device-option needs NAME=VALUE, e.g. --device-option brightness=10.</source>
        <translation>--device-option needs NAME=VALUE, e.g. --device-option brightness=10.</translation>
    </message>
    <message>
        <source>separator sheet</source>
        <translation>separator sheet</translation>
    </message>
    <message>
        <source>  date in the letter: %1</source>
        <translation>  date in the letter: %1</translation>
    </message>
    <message>
        <source>  named in the text: %1 %2 (%3)</source>
        <translation>  named in the text: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>separator-sheet needs --out FILE.</source>
        <translation>separator-sheet needs --out FILE.</translation>
    </message>
    <message>
        <source>Separator sheet (Aktenwerk)</source>
        <translation>Separator sheet (Aktenwerk)</translation>
    </message>
    <message>
        <source>Put this sheet in front of each letter in the scanner&apos;s feeder. It starts a new document and is not filed. Print it at 100 % (no fit to page); copies work as long as the bars stay black and sharp.</source>
        <translation>Put this sheet in front of each letter in the scanner&apos;s feeder. It starts a new document and is not filed. Print it at 100 % (no fit to page); copies work as long as the bars stay black and sharp.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Separator sheet written to %1.</source>
        <translation>Separator sheet written to %1.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events.</source>
        <translation>The audit trail is intact: %1 events.</translation>
    </message>
    <message>
        <source>The head anchored on %1 (event %2) is still in it.</source>
        <translation>The head anchored on %1 (event %2) is still in it.</translation>
    </message>
    <message>
        <source>Head: event %1, %2</source>
        <translation>Head: event %1, %2</translation>
    </message>
    <message>
        <source>The head was added to %1; keep that file where the database&apos;s owner cannot change it.</source>
        <translation>The head was added to %1; keep that file where the database&apos;s owner cannot change it.</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event %1: %2</source>
        <translation>The audit trail is BROKEN at event %1: %2</translation>
    </message>
    <message>
        <source>audit trail broken at event %1: %2</source>
        <translation>audit trail broken at event %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>&quot;%1&quot; is not an id.</translation>
    </message>
    <message>
        <source>(recorded offline at %1)</source>
        <translation>(recorded offline at %1)</translation>
    </message>
    <message>
        <source>refused: %1 (%2)</source>
        <translation>refused: %1 (%2)</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use clerk, teamlead, records, admin or auditor.</source>
        <translation>Unknown role &quot;%1&quot;: use clerk, teamlead, records, admin or auditor.</translation>
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
        <translation>Scanning (SANE):
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
        <translation>The server&apos;s audit trail (auditors; the URL alone, or a login with --user and its password):
  server verify-audit --url URL [--user LOGIN [--password-stdin]] [--anchor FILE]
                                         check the whole hash chain; names the first broken event;
                                         --anchor: also against the last head kept in FILE, then
                                         append the current head to it (run it regularly)
  server audit --url URL --user LOGIN [--password-stdin] [--entity UUID] [--limit N]
                                         the events this login may read (the auditor: all)
</translation>
    </message>
    <message>
        <source>Options:
  --data-dir DIR   the data folder (default: %1)
  --json           machine-readable output on read commands
  --version        print the version

Exit codes: 0 success, 1 error, 2 wrong usage, 3 data folder in use, 4 verification failed.</source>
        <translation>Options:
  --data-dir DIR   the data folder (default: %1)
  --json           machine-readable output on read commands
  --version        print the version

Exit codes: 0 success, 1 error, 2 wrong usage, 3 data folder in use, 4 verification failed.</translation>
    </message>
    <message>
        <source>rejected %1 needs the OP-ID that &quot;rejected&quot; lists.</source>
        <translation>rejected %1 needs the OP-ID that &quot;rejected&quot; lists.</translation>
    </message>
    <message>
        <source>Queued again; it goes to the server with the next sync.</source>
        <translation>Queued again; it goes to the server with the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded: what the server refused was taken back here (%n record(s)).</source>
        <translation>
            <numerusform>Discarded: what the server refused was taken back here (%n record).</numerusform>
            <numerusform>Discarded: what the server refused was taken back here (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded; the server&apos;s state comes back with the next sync.</source>
        <translation>Discarded; the server&apos;s state comes back with the next sync.</translation>
    </message>
    <message>
        <source>Use &quot;rejected&quot;, &quot;rejected discard OP-ID&quot; or &quot;rejected resend OP-ID&quot;.</source>
        <translation>Use &quot;rejected&quot;, &quot;rejected discard OP-ID&quot; or &quot;rejected resend OP-ID&quot;.</translation>
    </message>
    <message>
        <source>entered: %1</source>
        <translation>entered: %1</translation>
    </message>
    <message>
        <source>made %1; refused: %2 (%3)</source>
        <translation>made %1; refused: %2 (%3)</translation>
    </message>
    <message>
        <source>The server has refused nothing that waits for a decision.</source>
        <translation>The server has refused nothing that waits for a decision.</translation>
    </message>
    <message>
        <source>Former reference (before the server): %1</source>
        <translation>Former reference (before the server): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was also the reference of %2 %3, before the server numbered it.</source>
        <translation>&quot;%1&quot; was also the reference of %2 %3, before the server numbered it.</translation>
    </message>
    <message>
        <source>What was made in this folder goes to the server with the next sync: %1 changes, %2 files (their references stay findable as former references); %3 plan units are the server&apos;s.</source>
        <translation>What was made in this folder goes to the server with the next sync: %1 changes, %2 files (their references stay findable as former references); %3 plan units are the server&apos;s.</translation>
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
        <translation>Working with the central repository:
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
</translation>
    </message>
    <message>
        <source>Shared with department %1 until %2.</source>
        <translation>Shared with department %1 until %2.</translation>
    </message>
    <message>
        <source>Shared with department %1.</source>
        <translation>Shared with department %1.</translation>
    </message>
    <message>
        <source>move needs a document or case and --to CASE|FILE.</source>
        <translation>move needs a document or case and --to CASE|FILE.</translation>
    </message>
    <message>
        <source>Moved the case %1 into the file %2; its reference is now %3.</source>
        <translation>Moved the case %1 into the file %2; its reference is now %3.</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; into the case %2; its reference is now %3.</source>
        <translation>Moved &quot;%1&quot; into the case %2; its reference is now %3.</translation>
    </message>
    <message>
        <source>Use &quot;volume create --file REF --title TEXT&quot; or &quot;volume list --file REF&quot;.</source>
        <translation>Use &quot;volume create --file REF --title TEXT&quot; or &quot;volume list --file REF&quot;.</translation>
    </message>
    <message>
        <source>Volume %1 &quot;%2&quot; created in %3.</source>
        <translation>Volume %1 &quot;%2&quot; created in %3.</translation>
    </message>
    <message>
        <source>Volume %1: %2</source>
        <translation>Volume %1: %2</translation>
    </message>
    <message>
        <source>The file %1 has no volumes.</source>
        <translation>The file %1 has no volumes.</translation>
    </message>
    <message>
        <source>share needs a file and --department CODE (and --until DATE, if it ends).</source>
        <translation>share needs a file and --department CODE (and --until DATE, if it ends).</translation>
    </message>
    <message>
        <source>unshare needs a file and --department CODE.</source>
        <translation>unshare needs a file and --department CODE.</translation>
    </message>
    <message>
        <source>--until takes a date such as 31.12.2026 or 2026-12-31.</source>
        <translation>--until takes a date such as 31.12.2026 or 2026-12-31.</translation>
    </message>
    <message>
        <source>The file %1 is no longer shared with department %2.</source>
        <translation>The file %1 is no longer shared with department %2.</translation>
    </message>
    <message>
        <source>The file %1 is shared with department %2 until %3.</source>
        <translation>The file %1 is shared with department %2 until %3.</translation>
    </message>
    <message>
        <source>The file %1 is shared with department %2 until the share is revoked.</source>
        <translation>The file %1 is shared with department %2 until the share is revoked.</translation>
    </message>
    <message>
        <source>Nothing is deleted.</source>
        <translation>Nothing is deleted.</translation>
    </message>
    <message>
        <source>restore needs what was deleted (REF|UUID, see &quot;deleted&quot;) and --reason TEXT.</source>
        <translation>restore needs what was deleted (REF|UUID, see &quot;deleted&quot;) and --reason TEXT.</translation>
    </message>
    <message>
        <source>Nothing deleted is called %1 (see &quot;deleted&quot;).</source>
        <translation>Nothing deleted is called %1 (see &quot;deleted&quot;).</translation>
    </message>
    <message>
        <source>%1 names more than one deleted record; give its UUID (see &quot;deleted&quot;).</source>
        <translation>%1 names more than one deleted record; give its UUID (see &quot;deleted&quot;).</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>More files and cases match; add words or az:, fb:, status: to narrow them.</source>
        <translation>More files and cases match; add words or az:, fb:, status: to narrow them.</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>Unit %1 saved.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>User %1 changed.</translation>
    </message>
    <message>
        <source>Use &quot;server init&quot;, &quot;server add-department CODE NAME&quot;, &quot;server add-unit CODE&quot;, &quot;server add-user NAME&quot;, &quot;server set-user NAME&quot;, &quot;server verify-audit&quot; or &quot;server audit&quot;.</source>
        <translation>Use &quot;server init&quot;, &quot;server add-department CODE NAME&quot;, &quot;server add-unit CODE&quot;, &quot;server add-user NAME&quot;, &quot;server set-user NAME&quot;, &quot;server verify-audit&quot; or &quot;server audit&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no %2 id.</source>
        <translation>&quot;%1&quot; is no %2 id.</translation>
    </message>
    <message>
        <source>Route %1 (%2), started by %3 on %4%5</source>
        <translation>Route %1 (%2), started by %3 on %4%5</translation>
    </message>
    <message>
        <source>, template &quot;%1&quot;</source>
        <translation>, template &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  routed version: SHA-256 %1</source>
        <translation>  routed version: SHA-256 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>%1 i. V. for %2</source>
        <translation>%1 i. V. for %2</translation>
    </message>
    <message>
        <source>route start needs --step ACTION=ADDRESSEE[,…][@DATE] (one or more) or --template NAME.</source>
        <translation>route start needs --step ACTION=ADDRESSEE[,…][@DATE] (one or more) or --template NAME.</translation>
    </message>
    <message>
        <source>Route started for %1.</source>
        <translation>Route started for %1.</translation>
    </message>
    <message>
        <source>No route is known here for &quot;%1&quot; (sync to fetch the latest).</source>
        <translation>No route is known here for &quot;%1&quot; (sync to fetch the latest).</translation>
    </message>
    <message>
        <source>inbox takes no arguments.</source>
        <translation>inbox takes no arguments.</translation>
    </message>
    <message>
        <source>The inbox is kept by the central repository: connect this data folder first.</source>
        <translation>The inbox is kept by the central repository: connect this data folder first.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nothing waits for you.</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>(not visible to you)</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>OVERDUE %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>resubmission</source>
        <translation>resubmission</translation>
    </message>
    <message>
        <source>Use &quot;step complete ID [--remark TEXT]&quot;, &quot;step return ID --remark TEXT&quot;, &quot;step skip ID --reason TEXT&quot; or &quot;step add ID [--after N] --step …&quot;.</source>
        <translation>Use &quot;step complete ID [--remark TEXT]&quot;, &quot;step return ID --remark TEXT&quot;, &quot;step skip ID --reason TEXT&quot; or &quot;step add ID [--after N] --step …&quot;.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Step done.</source>
        <translation>Step done.</translation>
    </message>
    <message>
        <source>step return needs --remark: say why the route goes back.</source>
        <translation>step return needs --remark: say why the route goes back.</translation>
    </message>
    <message>
        <source>Route sent back; pending co-signatures are cancelled.</source>
        <translation>Route sent back; pending co-signatures are cancelled.</translation>
    </message>
    <message>
        <source>step skip needs --reason.</source>
        <translation>step skip needs --reason.</translation>
    </message>
    <message>
        <source>Step skipped.</source>
        <translation>Step skipped.</translation>
    </message>
    <message>
        <source>--after takes a step number.</source>
        <translation>--after takes a step number.</translation>
    </message>
    <message>
        <source>Steps added.</source>
        <translation>Steps added.</translation>
    </message>
    <message>
        <source>deputy set needs --from YYYY-MM-DD and --to YYYY-MM-DD (and --deputy LOGIN).</source>
        <translation>deputy set needs --from YYYY-MM-DD and --to YYYY-MM-DD (and --deputy LOGIN).</translation>
    </message>
    <message>
        <source>Absence %1 set: %2 to %3.</source>
        <translation>Absence %1 set: %2 to %3.</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>Absence withdrawn.</source>
        <translation>Absence withdrawn.</translation>
    </message>
    <message>
        <source>Use &quot;deputy set [--for LOGIN] --deputy LOGIN --from DATE --to DATE&quot; or &quot;deputy end ID&quot;.</source>
        <translation>Use &quot;deputy set [--for LOGIN] --deputy LOGIN --from DATE --to DATE&quot; or &quot;deputy end ID&quot;.</translation>
    </message>
    <message>
        <source>Resubmission done.</source>
        <translation>Resubmission done.</translation>
    </message>
    <message>
        <source>resubmit postpone needs --on YYYY-MM-DD and --reason TEXT.</source>
        <translation>resubmit postpone needs --on YYYY-MM-DD and --reason TEXT.</translation>
    </message>
    <message>
        <source>Resubmission moved to %1.</source>
        <translation>Resubmission moved to %1.</translation>
    </message>
    <message>
        <source>Use &quot;resubmit REF --on DATE --reason TEXT [--repeat weekly|monthly] [--for OWNER]&quot;, &quot;resubmit done ID&quot; or &quot;resubmit postpone ID --on DATE --reason TEXT&quot;.</source>
        <translation>Use &quot;resubmit REF --on DATE --reason TEXT [--repeat weekly|monthly] [--for OWNER]&quot;, &quot;resubmit done ID&quot; or &quot;resubmit postpone ID --on DATE --reason TEXT&quot;.</translation>
    </message>
    <message>
        <source>resubmit needs --on YYYY-MM-DD and --reason TEXT.</source>
        <translation>resubmit needs --on YYYY-MM-DD and --reason TEXT.</translation>
    </message>
    <message>
        <source>Resubmission %1 set for %2.</source>
        <translation>Resubmission %1 set for %2.</translation>
    </message>
    <message>
        <source>route print needs --out FILE.pdf.</source>
        <translation>route print needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Routing slip written to %1.</source>
        <translation>Routing slip written to %1.</translation>
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
        <translation>Routing (Geschäftsgang; decided by the central repository, the data folder connected):
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
</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Template &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Use &quot;route start REF --step …|--template NAME&quot;, &quot;route show REF|ID&quot;, &quot;route print REF|ID --out FILE.pdf&quot; or &quot;route template save NAME --step …|list&quot;.</source>
        <translation>Use &quot;route start REF --step …|--template NAME&quot;, &quot;route show REF|ID&quot;, &quot;route print REF|ID --out FILE.pdf&quot; or &quot;route template save NAME --step …|list&quot;.</translation>
    </message>
    <message>
        <source>server set-grace takes a number of days.</source>
        <translation>server set-grace takes a number of days.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue steps of department %1 go to the team lead %n day(s) after their deadline.</source>
        <translation>
            <numerusform>Overdue steps of department %1 go to the team lead %n day after their deadline.</numerusform>
            <numerusform>Overdue steps of department %1 go to the team lead %n days after their deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue steps go to the team lead %n day(s) after their deadline.</source>
        <translation>
            <numerusform>Overdue steps go to the team lead %n day after their deadline.</numerusform>
            <numerusform>Overdue steps go to the team lead %n days after their deadline.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: closed (z.d.A.) on %2 by %3%4</source>
        <translation>%1: closed (z.d.A.) on %2 by %3%4</translation>
    </message>
    <message>
        <source>  last reopened by %1 on %2: „%3“</source>
        <translation>  last reopened by %1 on %2: „%3“</translation>
    </message>
    <message>
        <source>  retention: %1%2; disposal: %3%4</source>
        <translation>  retention: %1%2; disposal: %3%4</translation>
    </message>
    <message>
        <source> (the file&apos;s own)</source>
        <translation> (the file&apos;s own)</translation>
    </message>
    <message>
        <source> (file plan)</source>
        <translation> (file plan)</translation>
    </message>
    <message>
        <source>  reason for its own retention: „%1“</source>
        <translation>  reason for its own retention: „%1“</translation>
    </message>
    <message>
        <source>  retention ends on %1</source>
        <translation>  retention ends on %1</translation>
    </message>
    <message>
        <source>  legal hold since %1 by %2: „%3“  [%4]</source>
        <translation>  legal hold since %1 by %2: „%3“  [%4]</translation>
    </message>
    <message>
        <source>  legal hold lifted on %1 by %2: „%3“</source>
        <translation>  legal hold lifted on %1 by %2: „%3“</translation>
    </message>
    <message>
        <source>Use &quot;close REF [--date YYYY-MM-DD] [--reason TEXT] [--with-cases]&quot;.</source>
        <translation>Use &quot;close REF [--date YYYY-MM-DD] [--reason TEXT] [--with-cases]&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: write YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is no date: write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Add --with-cases to close them with the file.</source>
        <translation>Add --with-cases to close them with the file.</translation>
    </message>
    <message>
        <source>Closed (z.d.A.).</source>
        <translation>Closed (z.d.A.).</translation>
    </message>
    <message>
        <source>Use &quot;reopen REF --reason TEXT&quot;: reopening needs a reason.</source>
        <translation>Use &quot;reopen REF --reason TEXT&quot;: reopening needs a reason.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Reopened.</translation>
    </message>
    <message>
        <source>Use &quot;retention REF&quot; to show it, or &quot;retention FILE --years N|--unlimited|--from-plan [--disposal A|B|V] --reason TEXT&quot;.</source>
        <translation>Use &quot;retention REF&quot; to show it, or &quot;retention FILE --years N|--unlimited|--from-plan [--disposal A|B|V] --reason TEXT&quot;.</translation>
    </message>
    <message>
        <source>Give one of --years N, --unlimited and --from-plan.</source>
        <translation>Give one of --years N, --unlimited and --from-plan.</translation>
    </message>
    <message>
        <source>A file&apos;s own retention needs --reason TEXT.</source>
        <translation>A file&apos;s own retention needs --reason TEXT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no number of years (0–999).</source>
        <translation>&quot;%1&quot; is no number of years (0–999).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no disposal type: A, B or V.</source>
        <translation>&quot;%1&quot; is no disposal type: A, B or V.</translation>
    </message>
    <message>
        <source>Retention set.</source>
        <translation>Retention set.</translation>
    </message>
    <message>
        <source>Use &quot;hold FILE --reason TEXT&quot;: a legal hold needs a reason.</source>
        <translation>Use &quot;hold FILE --reason TEXT&quot;: a legal hold needs a reason.</translation>
    </message>
    <message>
        <source>Legal hold set: nothing of the file may be disposed of until it is lifted.</source>
        <translation>Legal hold set: nothing of the file may be disposed of until it is lifted.</translation>
    </message>
    <message>
        <source>Use &quot;release-hold FILE --reason TEXT&quot;: lifting a hold needs a reason.</source>
        <translation>Use &quot;release-hold FILE --reason TEXT&quot;: lifting a hold needs a reason.</translation>
    </message>
    <message>
        <source>%1 has no legal hold.</source>
        <translation>%1 has no legal hold.</translation>
    </message>
    <message>
        <source>Legal hold lifted.</source>
        <translation>Legal hold lifted.</translation>
    </message>
    <message>
        <source>%1  %2  closed %3, retention %4 until %5  → %6</source>
        <translation>%1  %2  closed %3, retention %4 until %5  → %6</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) due for disposal by %1 (without legal hold).</source>
        <translation>
            <numerusform>%n file due for disposal by %1 (without legal hold).</numerusform>
            <numerusform>%n files due for disposal by %1 (without legal hold).</numerusform>
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
        <translation>Central repository (administrators; URL: the database owner&apos;s libpq URL):
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
</translation>
    </message>
    <message>
        <source>Use &quot;archive offer FILE... --out DIR [--sender NAME] [--unit NAME] [--archive NAME]&quot;.</source>
        <translation>Use &quot;archive offer FILE... --out DIR [--sender NAME] [--unit NAME] [--archive NAME]&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Offered %n file(s) to the archive: process %1.</source>
        <translation>
            <numerusform>Offered %n file to the archive: process %1.</numerusform>
            <numerusform>Offered %n files to the archive: process %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer list (0501): %1</source>
        <translation>Offer list (0501): %1</translation>
    </message>
    <message>
        <source>There is no disposal process %1.</source>
        <translation>There is no disposal process %1.</translation>
    </message>
    <message>
        <source>No disposal processes.</source>
        <translation>No disposal processes.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>Appraisal (0502) of process %1 read in: %2 to the archive, %3 to be destroyed.</source>
        <translation>Appraisal (0502) of process %1 read in: %2 to the archive, %3 to be destroyed.</translation>
    </message>
    <message>
        <source>The archive confirms receipt of the offer (0504) of process %1.</source>
        <translation>The archive confirms receipt of the offer (0504) of process %1.</translation>
    </message>
    <message>
        <source>Use &quot;archive import CONTAINER.zip [--out DIR]&quot;.</source>
        <translation>Use &quot;archive import CONTAINER.zip [--out DIR]&quot;.</translation>
    </message>
    <message>
        <source>Confirmation of the appraisal (0505): %1</source>
        <translation>Confirmation of the appraisal (0505): %1</translation>
    </message>
    <message>
        <source>Use &quot;archive transfer PROCESS --out DIR&quot; (PROCESS: the ProzessID).</source>
        <translation>Use &quot;archive transfer PROCESS --out DIR&quot; (PROCESS: the ProzessID).</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n file(s) to the archive (0503): %1</source>
        <translation>
            <numerusform>Transferred %n file to the archive (0503): %1</numerusform>
            <numerusform>Transferred %n files to the archive (0503): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &quot;archive offer FILE... --out DIR&quot;, &quot;archive import CONTAINER.zip&quot;, &quot;archive transfer PROCESS --out DIR&quot; or &quot;archive status [PROCESS]&quot;.</source>
        <translation>Use &quot;archive offer FILE... --out DIR&quot;, &quot;archive import CONTAINER.zip&quot;, &quot;archive transfer PROCESS --out DIR&quot; or &quot;archive status [PROCESS]&quot;.</translation>
    </message>
    <message>
        <source>The archive confirms receipt of the transfer (0507) of process %1.</source>
        <translation>The archive confirms receipt of the transfer (0507) of process %1.</translation>
    </message>
    <message>
        <source>Taken over by the archive (0506): %1 as „%2“</source>
        <translation>Taken over by the archive (0506): %1 as „%2“</translation>
    </message>
    <message>
        <source>Not taken over by the archive (0506): %1</source>
        <translation>Not taken over by the archive (0506): %1</translation>
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
        <translation>Usage: aktenwerk-cli [--data-dir DIR] COMMAND [OPTIONS] [--json]

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
</translation>
    </message>
    <message>
        <source>Use &quot;plan export --out FILE.xml [--title TEXT] [--sender NAME]&quot;.</source>
        <translation>Use &quot;plan export --out FILE.xml [--title TEXT] [--sender NAME]&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>File plan exported (xdomea 0301): %n unit(s) in %1</source>
        <translation>
            <numerusform>File plan exported (xdomea 0301): %n unit in %1</numerusform>
            <numerusform>File plan exported (xdomea 0301): %n units in %1</numerusform>
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
        <translation>Records management (decided by the central repository, the data folder connected):
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
</translation>
    </message>
    <message>
        <source>Use &quot;disposal list [--due-before YYYY-MM-DD] [--disposal A|B|V] [--department CODE] [--out FILE.csv|FILE.pdf] [--json]&quot;.</source>
        <translation>Use &quot;disposal list [--due-before YYYY-MM-DD] [--disposal A|B|V] [--department CODE] [--out FILE.csv|FILE.pdf] [--json]&quot;.</translation>
    </message>
    <message>
        <source>, department %1</source>
        <translation>, department %1</translation>
    </message>
    <message>
        <source>, disposal type %1</source>
        <translation>, disposal type %1</translation>
    </message>
    <message>
        <source>Use &quot;archive transfer FILE... --direct --out DIR&quot;.</source>
        <translation>Use &quot;archive transfer FILE... --direct --out DIR&quot;.</translation>
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
        <translation>The hand-over to the archive (xdomea 3.1; records officers, decided by the central repository):
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
        <translation>Destruction (records officers; four eyes, decided by the central repository):
  destroy propose PROCESS|FILE... [--reason TEXT] [--json]
                                         propose what may go: appraised V and confirmed, taken
                                         over by the archive (0506), or classed V and never offered
  destroy list [--all] [--json]          the proposals waiting for a decision (--all: every one)
  destroy approve ID [--remark TEXT]     a second records officer approves: the files, their
                                         content and index entries go, a deletion record stays
  destroy reject ID --remark TEXT        reject a proposal, or withdraw one&apos;s own
  deletion-records [--json]              what was destroyed, why, by whose decision
</translation>
    </message>
    <message>
        <source>taken over by the archive as „%1“</source>
        <translation>taken over by the archive as „%1“</translation>
    </message>
    <message>
        <source>Use &quot;destroy propose PROCESS|FILE... [--reason TEXT]&quot;.</source>
        <translation>Use &quot;destroy propose PROCESS|FILE... [--reason TEXT]&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed for destruction: %n file(s).</source>
        <translation>
            <numerusform>Proposed for destruction: %n file.</numerusform>
            <numerusform>Proposed for destruction: %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another records officer decides: destroy approve %1</source>
        <translation>Another records officer decides: destroy approve %1</translation>
    </message>
    <message>
        <source>Use &quot;destroy approve ID [--remark TEXT]&quot;.</source>
        <translation>Use &quot;destroy approve ID [--remark TEXT]&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;destroy reject ID --remark TEXT&quot;.</source>
        <translation>Use &quot;destroy reject ID --remark TEXT&quot;.</translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation>Proposal %1 rejected.</translation>
    </message>
    <message numerus="yes">
        <source>Destroyed %n file(s); a deletion record is kept for each (deletion-records).</source>
        <translation>
            <numerusform>Destroyed %n file; a deletion record is kept for each (deletion-records).</numerusform>
            <numerusform>Destroyed %n files; a deletion record is kept for each (deletion-records).</numerusform>
        </translation>
    </message>
    <message>
        <source>No destruction proposals.</source>
        <translation>No destruction proposals.</translation>
    </message>
    <message>
        <source>No destruction proposal waits for a decision.</source>
        <translation>No destruction proposal waits for a decision.</translation>
    </message>
    <message>
        <source>%1  proposed by %2 on %3 (%4)</source>
        <translation>%1  proposed by %2 on %3 (%4)</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>rejected by %1</translation>
    </message>
    <message>
        <source>Use &quot;destroy propose PROCESS|FILE...&quot;, &quot;destroy list&quot;, &quot;destroy approve ID&quot; or &quot;destroy reject ID --remark TEXT&quot;.</source>
        <translation>Use &quot;destroy propose PROCESS|FILE...&quot;, &quot;destroy list&quot;, &quot;destroy approve ID&quot; or &quot;destroy reject ID --remark TEXT&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;deletion-records [--json]&quot;.</source>
        <translation>Use &quot;deletion-records [--json]&quot;.</translation>
    </message>
    <message>
        <source>No deletion records.</source>
        <translation>No deletion records.</translation>
    </message>
    <message>
        <source>  destroyed %1: proposed by %2, approved by %3</source>
        <translation>  destroyed %1: proposed by %2, approved by %3</translation>
    </message>
    <message>
        <source>  runtime %1 – %2, retention until %3; %4</source>
        <translation>  runtime %1 – %2, retention until %3; %4</translation>
    </message>
    <message>
        <source>appraised V (destroy)</source>
        <translation>appraised V (destroy)</translation>
    </message>
    <message>
        <source>  %1 case(s), %2 document(s), %3 version(s); %4 of %5 content(s) removed, the rest still used</source>
        <translation>  %1 case(s), %2 document(s), %3 version(s); %4 of %5 content(s) removed, the rest still used</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) destroyed on the central repository: removed here with their content.</source>
        <translation>
            <numerusform>%n file destroyed on the central repository: removed here with their content.</numerusform>
            <numerusform>%n files destroyed on the central repository: removed here with their content.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %n file(s), %2, started by %3</source>
        <translation>
            <numerusform>%1  %n file, %2, started by %3</numerusform>
            <numerusform>%1  %n files, %2, started by %3</numerusform>
        </translation>
    </message>
    <message>
        <source>  next: %1</source>
        <translation>  next: %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::AbsenceDialog</name>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Absent from</source>
        <translation>Absent from</translation>
    </message>
    <message>
        <source>Absent until</source>
        <translation>Absent until</translation>
    </message>
    <message>
        <source>Absence and deputy</source>
        <translation>Absence and deputy</translation>
    </message>
    <message>
        <source>&amp;Current and coming absences:</source>
        <translation>&amp;Current and coming absences:</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Current and coming absences</source>
        <translation>Current and coming absences</translation>
    </message>
    <message>
        <source>standing deputy of the unit</source>
        <translation>standing deputy of the unit</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>End the selected absence now</source>
        <translation>End the selected absence now</translation>
    </message>
    <message>
        <source>Absent person</source>
        <translation>Absent person</translation>
    </message>
    <message>
        <source>Yourself; an administrator may enter someone else&apos;s login</source>
        <translation>Yourself; an administrator may enter someone else&apos;s login</translation>
    </message>
    <message>
        <source>login; empty: the standing deputy of your unit</source>
        <translation>login; empty: the standing deputy of your unit</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>New absence</translation>
    </message>
    <message>
        <source>&amp;Absent:</source>
        <translation>&amp;Absent:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>&amp;Deputy:</translation>
    </message>
    <message>
        <source>While you are away, your deputy sees your steps in their tasks and acts &quot;i. V.&quot;; both names are recorded.</source>
        <translation>While you are away, your deputy sees your steps in their tasks and acts &quot;i. V.&quot;; both names are recorded.</translation>
    </message>
    <message>
        <source>&amp;Set absence</source>
        <translation>&amp;Set absence</translation>
    </message>
    <message>
        <source>Say who is absent.</source>
        <translation>Say who is absent.</translation>
    </message>
    <message>
        <source>The absence ends before it begins.</source>
        <translation>The absence ends before it begins.</translation>
    </message>
    <message>
        <source>The absence is over already.</source>
        <translation>The absence is over already.</translation>
    </message>
    <message>
        <source>Nobody can stand in for themselves.</source>
        <translation>Nobody can stand in for themselves.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::AddStepDialog</name>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Kind of step</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>login, unit:CODE or lead:CODE</source>
        <translation>login, unit:CODE or lead:CODE</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::Breadcrumb</name>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::CloseDialog</name>
    <message>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message numerus="yes">
        <source>Close its %n open case(s) with it</source>
        <translation>
            <numerusform>Close its %n open case with it</numerusform>
            <numerusform>Close its %n open cases with it</numerusform>
        </translation>
    </message>
    <message>
        <source>Close (z.d.A.)</source>
        <translation>Close (z.d.A.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Once closed it is read-only; it can be reopened with a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Once closed it is read-only; it can be reopened with a reason.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. Verfahren abgeschlossen</source>
        <translation>e.g. Verfahren abgeschlossen</translation>
    </message>
    <message>
        <source>Retention: unlimited – the file is never due for disposal.</source>
        <translation>Retention: unlimited – the file is never due for disposal.</translation>
    </message>
    <message>
        <source>Retention: %1 from the end of the year of closing – due on %2.</source>
        <translation>Retention: %1 from the end of the year of closing – due on %2.</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::CommandDialog</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be created.</source>
        <translation>The data folder is open read-only: nothing can be created.</translation>
    </message>
    <message>
        <source>Discard what you entered?</source>
        <translation>Discard what you entered?</translation>
    </message>
    <message>
        <source>Nothing has been created yet.</source>
        <translation>Nothing has been created yet.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::CompareDialog</name>
    <message>
        <source>Compare versions %1 and %2 – %3</source>
        <translation>Compare versions %1 and %2 – %3</translation>
    </message>
    <message>
        <source>Metadata of both versions</source>
        <translation>Metadata of both versions</translation>
    </message>
    <message>
        <source>Reading the text of both versions…</source>
        <translation>Reading the text of both versions…</translation>
    </message>
    <message>
        <source>Text differences: lines starting with + were added, lines starting with − removed</source>
        <translation>Text differences: lines starting with + were added, lines starting with − removed</translation>
    </message>
    <message>
        <source>Lines marked + (green) are only in version %1, lines marked − (red) only in version %2.</source>
        <translation>Lines marked + (green) are only in version %1, lines marked − (red) only in version %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
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
        <translation>File name</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>No data folder is open.</source>
        <translation>No data folder is open.</translation>
    </message>
    <message>
        <source>The texts cannot be compared.</source>
        <translation>The texts cannot be compared.</translation>
    </message>
    <message>
        <source>The texts of both versions are the same.</source>
        <translation>The texts of both versions are the same.</translation>
    </message>
    <message>
        <source>%1 line(s) added, %2 line(s) removed.</source>
        <translation>%1 line(s) added, %2 line(s) removed.</translation>
    </message>
    <message>
        <source>The texts are too long for a line-by-line comparison: the changed part is shown as a whole.</source>
        <translation>The texts are too long for a line-by-line comparison: the changed part is shown as a whole.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown.</source>
        <translation>
            <numerusform>… %n more line not shown.</numerusform>
            <numerusform>… %n more lines not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>Value on the server</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Keep the &amp;server&apos;s</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>The same field was changed here and on the server. The server&apos;s value is in force; choose which one to keep.</source>
        <translation>The same field was changed here and on the server. The server&apos;s value is in force; choose which one to keep.</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>There are no open conflicts.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>It goes to the recycle bin and can be restored from there (Edit › Recycle bin). The reason is kept in the audit trail.</source>
        <translation>It goes to the recycle bin and can be restored from there (Edit › Recycle bin). The reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Reason for deleting</translation>
    </message>
    <message>
        <source>e.g. filed twice, wrong case</source>
        <translation>e.g. filed twice, wrong case</translation>
    </message>
    <message>
        <source>&amp;Reason: *</source>
        <translation>&amp;Reason: *</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit trail.</source>
        <translation>Give a reason; it is kept in the audit trail.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DetailsPane</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Save metadata</source>
        <translation>Save metadata</translation>
    </message>
    <message>
        <source>Revert metadata</source>
        <translation>Revert metadata</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Origin / comment</source>
        <translation>Origin / comment</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Choose a plan unit on the left, then a file, case or document.</source>
        <translation>Choose a plan unit on the left, then a file, case or document.</translation>
    </message>
    <message>
        <source>Plan unit</source>
        <translation>Plan unit</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>Disposal:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>retired – no new files</source>
        <translation>retired – no new files</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Plan unit:</source>
        <translation>Plan unit:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <source>closed (z.d.A.)</source>
        <translation>closed (z.d.A.)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modified:</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Document, version %1</source>
        <translation>Document, version %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>%1, %2: %3 &quot;%4&quot; → &quot;%5&quot;</source>
        <translation>%1, %2: %3 &quot;%4&quot; → &quot;%5&quot;</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Linked documents</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Filed:</translation>
    </message>
    <message>
        <source>not yet – in the intake</source>
        <translation>not yet – in the intake</translation>
    </message>
    <message>
        <source>Refers to a document that is not available to you (%1).</source>
        <translation>Refers to a document that is not available to you (%1).</translation>
    </message>
    <message>
        <source>Refers to %1 in the intake</source>
        <translation>Refers to %1 in the intake</translation>
    </message>
    <message>
        <source>Refers to %1 in %2</source>
        <translation>Refers to %1 in %2</translation>
    </message>
    <message>
        <source>Attachment of the e-mail %1</source>
        <translation>Attachment of the e-mail %1</translation>
    </message>
    <message>
        <source>Attachment of an e-mail that is not available to you.</source>
        <translation>Attachment of an e-mail that is not available to you.</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <source>Checked out:</source>
        <translation>Checked out:</translation>
    </message>
    <message>
        <source>by you since %1 (History tab: check in)</source>
        <translation>by you since %1 (History tab: check in)</translation>
    </message>
    <message>
        <source>by you on another computer since %1</source>
        <translation>by you on another computer since %1</translation>
    </message>
    <message>
        <source>by %1 since %2</source>
        <translation>by %1 since %2</translation>
    </message>
    <message>
        <source>by you (offline)</source>
        <translation>by you (offline)</translation>
    </message>
    <message>
        <source>Back to the stored values</source>
        <translation>Back to the stored values</translation>
    </message>
    <message>
        <source>Title: now &quot;%1&quot;</source>
        <translation>Title: now &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: now &quot;%2&quot;</source>
        <translation>%1: now &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Changed meanwhile by someone else – %1. Your entries are kept: Save keeps yours, Revert takes the new values.</source>
        <translation>Changed meanwhile by someone else – %1. Your entries are kept: Save keeps yours, Revert takes the new values.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved yet.</source>
        <translation>The changes to &quot;%1&quot; are not saved yet.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to editing?</source>
        <translation>Save them, discard them, or go back to editing?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Document %1 · version %2</source>
        <translation>Document %1 · version %2</translation>
    </message>
    <message>
        <source>FB %1</source>
        <translation>FB %1</translation>
    </message>
    <message>
        <source>FB %1 until %2</source>
        <translation>FB %1 until %2</translation>
    </message>
    <message>
        <source>FB %1 until revoked</source>
        <translation>FB %1 until revoked</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Shared with:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>none yet – drop files onto the case, or use Add documents… (Ctrl+I) or Scan… (Ctrl+Alt+S)</source>
        <translation>none yet – drop files onto the case, or use Add documents… (Ctrl+I) or Scan… (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>Details of the selection</translation>
    </message>
    <message>
        <source>Letter of:</source>
        <translation>Letter of:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Proposal:</translation>
    </message>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>case %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>file %1 &quot;%2&quot;</source>
        <translation>file %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>(named in the text; File into case… Ctrl+Shift+A)</source>
        <translation>(named in the text; File into case… Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Route %1, started by %2 on %3%4</source>
        <translation>Route %1, started by %2 on %3%4</translation>
    </message>
    <message>
        <source> (template &quot;%1&quot;)</source>
        <translation> (template &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Routed version, SHA-256: %1</source>
        <translation>Routed version, SHA-256: %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, due %1</translation>
    </message>
    <message>
        <source>Acted on SHA-256: %1</source>
        <translation>Acted on SHA-256: %1</translation>
    </message>
    <message>
        <source>Closed (z.d.A.):</source>
        <translation>Closed (z.d.A.):</translation>
    </message>
    <message>
        <source>%1 by %2%3</source>
        <translation>%1 by %2%3</translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation>Reopened:</translation>
    </message>
    <message>
        <source>%1 by %2 – „%3“</source>
        <translation>%1 by %2 – „%3“</translation>
    </message>
    <message>
        <source> (the file&apos;s own)</source>
        <translation> (the file&apos;s own)</translation>
    </message>
    <message>
        <source> (file plan)</source>
        <translation> (file plan)</translation>
    </message>
    <message>
        <source>, ends on %1</source>
        <translation>, ends on %1</translation>
    </message>
    <message>
        <source>Legal hold:</source>
        <translation>Legal hold:</translation>
    </message>
    <message>
        <source>since %1 by %2 – „%3“</source>
        <translation>since %1 by %2 – „%3“</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DisposalWindow</name>
    <message>
        <source>Disposal and destruction</source>
        <translation>Disposal and destruction</translation>
    </message>
    <message>
        <source>Messages to the &amp;archive go to:</source>
        <translation>Messages to the &amp;archive go to:</translation>
    </message>
    <message>
        <source>Folder for messages to the archive</source>
        <translation>Folder for messages to the archive</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the folder for messages to the archive</source>
        <translation>Choose the folder for messages to the archive</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>Read everything again (F5)</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Closed files whose retention has ended and that no legal hold stops. A: worth keeping (goes to the archive directly), B: to be appraised by the archive (offer it), V: to be destroyed.</source>
        <translation>Closed files whose retention has ended and that no legal hold stops. A: worth keeping (goes to the archive directly), B: to be appraised by the archive (offer it), V: to be destroyed.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Retention until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Files due for disposal</source>
        <translation>Files due for disposal</translation>
    </message>
    <message>
        <source>&amp;Offer to the archive (0501)</source>
        <translation>&amp;Offer to the archive (0501)</translation>
    </message>
    <message>
        <source>Write the offer list for the selected files into the folder above</source>
        <translation>Write the offer list for the selected files into the folder above</translation>
    </message>
    <message>
        <source>&amp;Transfer directly (0503)</source>
        <translation>&amp;Transfer directly (0503)</translation>
    </message>
    <message>
        <source>Files classed A go to the archive without an offer (two-stage route)</source>
        <translation>Files classed A go to the archive without an offer (two-stage route)</translation>
    </message>
    <message>
        <source>&amp;Propose for destruction</source>
        <translation>&amp;Propose for destruction</translation>
    </message>
    <message>
        <source>Files classed V are destroyed without an offer, once a second records officer approves</source>
        <translation>Files classed V are destroyed without an offer, once a second records officer approves</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Disposal process / file</source>
        <translation>Disposal process / file</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Disposal processes</source>
        <translation>Disposal processes</translation>
    </message>
    <message>
        <source>A container from the archive: receipt (0504, 0507), appraisal (0502, confirmed at once), import confirmation (0506)</source>
        <translation>A container from the archive: receipt (0504, 0507), appraisal (0502, confirmed at once), import confirmation (0506)</translation>
    </message>
    <message>
        <source>Hand over what the archive appraised A: metadata, originals, PDF/A renditions</source>
        <translation>Hand over what the archive appraised A: metadata, originals, PDF/A renditions</translation>
    </message>
    <message>
        <source>Propose for &amp;destruction</source>
        <translation>Propose for &amp;destruction</translation>
    </message>
    <message>
        <source>Every file of the process the archive does not want (V, confirmed) or has taken over (0506)</source>
        <translation>Every file of the process the archive does not want (V, confirmed) or has taken over (0506)</translation>
    </message>
    <message>
        <source>The archive&apos;s answer</source>
        <translation>The archive&apos;s answer</translation>
    </message>
    <message>
        <source>xdomea containers (*.zip)</source>
        <translation>xdomea containers (*.zip)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Proposals waiting for a second records officer&apos;s decision:</source>
        <translation>Proposals waiting for a second records officer&apos;s decision:</translation>
    </message>
    <message>
        <source>Proposal / file</source>
        <translation>Proposal / file</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Destruction proposals</source>
        <translation>Destruction proposals</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>Re&amp;mark:</translation>
    </message>
    <message>
        <source>Remark on the decision</source>
        <translation>Remark on the decision</translation>
    </message>
    <message>
        <source>Required to reject; kept with the decision</source>
        <translation>Required to reject; kept with the decision</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Appro&amp;ve…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Destroy for &amp;good</source>
        <translation>Destroy for &amp;good</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Destroying…</source>
        <translation>Destroying…</translation>
    </message>
    <message numerus="yes">
        <source>Destroyed %n file(s); a deletion record is kept for each.</source>
        <translation>
            <numerusform>Destroyed %n file; a deletion record is kept for each.</numerusform>
            <numerusform>Destroyed %n files; a deletion record is kept for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion records:</source>
        <translation>Deletion records:</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Deletion records</source>
        <translation>Deletion records</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Select a disposal process to see what comes next.</source>
        <translation>Select a disposal process to see what comes next.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation>Due (%1)</translation>
    </message>
    <message>
        <source>Transfer of %1 (two-stage), started by %2</source>
        <translation>Transfer of %1 (two-stage), started by %2</translation>
    </message>
    <message>
        <source>Offer of %1, started by %2</source>
        <translation>Offer of %1, started by %2</translation>
    </message>
    <message>
        <source>Processes (%1)</source>
        <translation>Processes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction (%1 waiting)</source>
        <translation>Destruction (%1 waiting)</translation>
    </message>
    <message>
        <source>Runtime %1 – %2, retention until %3; %4 document(s), %5 version(s)</source>
        <translation>Runtime %1 – %2, retention until %3; %4 document(s), %5 version(s)</translation>
    </message>
    <message>
        <source>proposed for destruction</source>
        <translation>proposed for destruction</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message numerus="yes">
        <source>Offering %n file(s) to the archive…</source>
        <translation>
            <numerusform>Offering %n file to the archive…</numerusform>
            <numerusform>Offering %n files to the archive…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offered %n file(s) to the archive: %1</source>
        <translation>
            <numerusform>Offered %n file to the archive: %1</numerusform>
            <numerusform>Offered %n files to the archive: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferring %n file(s) to the archive…</source>
        <translation>
            <numerusform>Transferring %n file to the archive…</numerusform>
            <numerusform>Transferring %n files to the archive…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n file(s) to the archive (0503): %1</source>
        <translation>
            <numerusform>Transferred %n file to the archive (0503): %1</numerusform>
            <numerusform>Transferred %n files to the archive (0503): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposing for destruction…</source>
        <translation>Proposing for destruction…</translation>
    </message>
    <message numerus="yes">
        <source>Proposed for destruction: %n file(s). A second records officer decides.</source>
        <translation>
            <numerusform>Proposed for destruction: %n file. A second records officer decides.</numerusform>
            <numerusform>Proposed for destruction: %n files. A second records officer decides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the transfer (0503)…</source>
        <translation>Writing the transfer (0503)…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with all their documents and content will be destroyed for good – on the central repository and on every client. A deletion record is kept.</source>
        <translation>
            <numerusform>%n file with all their documents and content will be destroyed for good – on the central repository and on every client. A deletion record is kept.</numerusform>
            <numerusform>%n files with all their documents and content will be destroyed for good – on the central repository and on every client. A deletion record is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say in the remark why the proposal is rejected.</source>
        <translation>Say in the remark why the proposal is rejected.</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Rejecting…</translation>
    </message>
    <message>
        <source>Proposal rejected.</source>
        <translation>Proposal rejected.</translation>
    </message>
    <message>
        <source>Reading in %1…</source>
        <translation>Reading in %1…</translation>
    </message>
    <message>
        <source>Appraisal (0502) read in: %1 to the archive, %2 to be destroyed; confirmed (0505): %3</source>
        <translation>Appraisal (0502) read in: %1 to the archive, %2 to be destroyed; confirmed (0505): %3</translation>
    </message>
    <message>
        <source>Import confirmation (0506) read in: %1 of %2 file(s) taken over by the archive.</source>
        <translation>Import confirmation (0506) read in: %1 of %2 file(s) taken over by the archive.</translation>
    </message>
    <message>
        <source>Receipt (%1) read in.</source>
        <translation>Receipt (%1) read in.</translation>
    </message>
    <message>
        <source>Read &amp;in the archive&apos;s answer…</source>
        <translation>Read &amp;in the archive&apos;s answer…</translation>
    </message>
    <message>
        <source>Tran&amp;sfer (0503)</source>
        <translation>Tran&amp;sfer (0503)</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xport list…</translation>
    </message>
    <message>
        <source>The list as shown, for a spreadsheet (CSV) or for the records (PDF)</source>
        <translation>The list as shown, for a spreadsheet (CSV) or for the records (PDF)</translation>
    </message>
    <message>
        <source>Export the disposal list</source>
        <translation>Export the disposal list</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for a spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;CSV for a spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Disposal list written: %1</source>
        <translation>Disposal list written: %1</translation>
    </message>
    <message>
        <source>disposal-list.pdf</source>
        <translation>disposal-list.pdf</translation>
    </message>
    <message>
        <source>Writing the disposal list…</source>
        <translation>Writing the disposal list…</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DocumentPrinter</name>
    <message>
        <source>Documents of this kind (%1) cannot be printed here: save a copy and print it from its program.</source>
        <translation>Documents of this kind (%1) cannot be printed here: save a copy and print it from its program.</translation>
    </message>
    <message>
        <source>The document could not be read: %1</source>
        <translation>The document could not be read: %1</translation>
    </message>
    <message>
        <source>The text is too long to print here: save a copy and print it from its program.</source>
        <translation>The text is too long to print here: save a copy and print it from its program.</translation>
    </message>
    <message>
        <source>The document cannot be printed: %1</source>
        <translation>The document cannot be printed: %1</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>The document has no pages.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>The printer did not take page %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered: %2</source>
        <translation>Page %1 could not be rendered: %2</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::DocumentViewer</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Preview tools</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Go to page (Ctrl+G)</source>
        <translation>Go to page (Ctrl+G)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Page count</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Preview message</translation>
    </message>
    <message>
        <source>Open with the &amp;default application</source>
        <translation>Open with the &amp;default application</translation>
    </message>
    <message>
        <source>Open with the default application</source>
        <translation>Open with the default application</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>Open with default application</translation>
    </message>
    <message>
        <source>Opens a read-only copy in the program the desktop uses for this type of file</source>
        <translation>Opens a read-only copy in the program the desktop uses for this type of file</translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>Select a document to see it here.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Loading the preview…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Only the beginning of the text is shown.</source>
        <translation>Only the beginning of the text is shown.</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>No preview for this type of file.</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No temporary folder for the copy: %1</source>
        <translation>No temporary folder for the copy: %1</translation>
    </message>
    <message>
        <source>The document could not be opened: %1</source>
        <translation>The document could not be opened: %1</translation>
    </message>
    <message>
        <source>No program is set up to open this type of file.</source>
        <translation>No program is set up to open this type of file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Version %1 cannot be shown: %2</source>
        <translation>Version %1 cannot be shown: %2</translation>
    </message>
    <message>
        <source>The document cannot be shown: %1</source>
        <translation>The document cannot be shown: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 – not the current version (read-only)</source>
        <translation>Version %1 of %2 – not the current version (read-only)</translation>
    </message>
    <message>
        <source>Version %1 (current)</source>
        <translation>Version %1 (current)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::FileIntoCaseDialog</name>
    <message>
        <source>File into case</source>
        <translation>File into case</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; into the case:</source>
        <translation>File &quot;%1&quot; into the case:</translation>
    </message>
    <message>
        <source>Type a Vorgangszeichen or a title to filter</source>
        <translation>Type a Vorgangszeichen or a title to filter</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filter cases</translation>
    </message>
    <message>
        <source>Vorgangszeichen</source>
        <translation>Vorgangszeichen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Reading the cases…</translation>
    </message>
    <message>
        <source>There is no open case you could file into.</source>
        <translation>There is no open case you could file into.</translation>
    </message>
    <message>
        <source>Choose the case to file the document into.</source>
        <translation>Choose the case to file the document into.</translation>
    </message>
    <message>
        <source>Named in the document&apos;s text</source>
        <translation>Named in the document&apos;s text</translation>
    </message>
    <message>
        <source>Date of the letter: %1</source>
        <translation>Date of the letter: %1</translation>
    </message>
    <message>
        <source>Proposed from the text: case %1 &quot;%2&quot;.</source>
        <translation>Proposed from the text: case %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The text names the file %1 &quot;%2&quot;; its open cases are listed.</source>
        <translation>The text names the file %1 &quot;%2&quot;; its open cases are listed.</translation>
    </message>
    <message>
        <source>The text names %1, which is not among the cases you can file into.</source>
        <translation>The text names %1, which is not among the cases you can file into.</translation>
    </message>
    <message>
        <source>Target case</source>
        <translation>Target case</translation>
    </message>
    <message>
        <source>No case chosen yet: choose one in the list or type to filter.</source>
        <translation>No case chosen yet: choose one in the list or type to filter.</translation>
    </message>
    <message>
        <source>Files into: case %1 &quot;%2&quot; of the file %3</source>
        <translation>Files into: case %1 &quot;%2&quot; of the file %3</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::FirstRunDialog</name>
    <message>
        <source>The server knows no Aktenwerk user %1. Ask the administrator.</source>
        <translation>The server knows no Aktenwerk user %1. Ask the administrator.</translation>
    </message>
    <message>
        <source>Work &amp;locally on this computer</source>
        <translation>Work &amp;locally on this computer</translation>
    </message>
    <message>
        <source>&amp;Connect to the city&apos;s server</source>
        <translation>&amp;Connect to the city&apos;s server</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Remember the password in the keychain</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Welcome to Aktenwerk</source>
        <translation>Welcome to Aktenwerk</translation>
    </message>
    <message>
        <source>How do you want to work? Your files stay on this computer either way; with the server they are also shared with your department and available offline.</source>
        <translation>How do you want to work? Your files stay on this computer either way; with the server they are also shared with your department and available offline.</translation>
    </message>
    <message>
        <source>e.g. akten.stadt.example</source>
        <translation>e.g. akten.stadt.example</translation>
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
        <translation>Database</translation>
    </message>
    <message>
        <source>Encryption (sslmode)</source>
        <translation>Encryption (sslmode)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>No keychain is available: the password will be asked at each start.</source>
        <translation>No keychain is available: the password will be asked at each start.</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Enter the server, your user name and your password.</translation>
    </message>
    <message>
        <source>Checking the login on the server…</source>
        <translation>Checking the login on the server…</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::HistoryPane</name>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Changes of the metadata</source>
        <translation>Changes of the metadata</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Open read-only</translation>
    </message>
    <message>
        <source>Shows the selected version in the preview</source>
        <translation>Shows the selected version in the preview</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>Compares the two selected versions, or the selected one with the current version</source>
        <translation>Compares the two selected versions, or the selected one with the current version</translation>
    </message>
    <message>
        <source>&amp;Restore as new version…</source>
        <translation>&amp;Restore as new version…</translation>
    </message>
    <message>
        <source>Makes the selected version&apos;s content the current one again, as a new version</source>
        <translation>Makes the selected version&apos;s content the current one again, as a new version</translation>
    </message>
    <message>
        <source>Check out and &amp;edit</source>
        <translation>Check out and &amp;edit</translation>
    </message>
    <message>
        <source>Checks the document out and opens it in your program</source>
        <translation>Checks the document out and opens it in your program</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>Check &amp;in…</translation>
    </message>
    <message>
        <source>Stores the saved working copy as a new version and ends the check-out</source>
        <translation>Stores the saved working copy as a new version and ends the check-out</translation>
    </message>
    <message>
        <source>&amp;Cancel check-out</source>
        <translation>&amp;Cancel check-out</translation>
    </message>
    <message>
        <source>Ends the check-out without a new version; the working copy is discarded</source>
        <translation>Ends the check-out without a new version; the working copy is discarded</translation>
    </message>
    <message>
        <source>Select a document to see its versions and changes.</source>
        <translation>Select a document to see its versions and changes.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>The history cannot be shown.</source>
        <translation>The history cannot be shown.</translation>
    </message>
    <message>
        <source>The document is not available.</source>
        <translation>The document is not available.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n version(s)</source>
        <translation>
            <numerusform>%1 – %n version</numerusform>
            <numerusform>%1 – %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Version %1 by %2, %3</source>
        <translation>Version %1 by %2, %3</translation>
    </message>
    <message>
        <source>%1, %2: %3 &quot;%4&quot; → &quot;%5&quot;</source>
        <translation>%1, %2: %3 &quot;%4&quot; → &quot;%5&quot;</translation>
    </message>
    <message>
        <source>Checked out by you since %1 (version %2). Save your changes in your program, then check them in.</source>
        <translation>Checked out by you since %1 (version %2). Save your changes in your program, then check them in.</translation>
    </message>
    <message>
        <source>Checked out offline: the server is asked when it can be reached.</source>
        <translation>Checked out offline: the server is asked when it can be reached.</translation>
    </message>
    <message>
        <source>Working copy: %1</source>
        <translation>Working copy: %1</translation>
    </message>
    <message>
        <source>Checked out by you on another computer since %1.</source>
        <translation>Checked out by you on another computer since %1.</translation>
    </message>
    <message>
        <source>Checked out by %1 since %2 – it cannot be edited or restored until it is checked in.</source>
        <translation>Checked out by %1 since %2 – it cannot be edited or restored until it is checked in.</translation>
    </message>
    <message>
        <source>The check-out of %1 was ended by %2 on %3.</source>
        <translation>The check-out of %1 was ended by %2 on %3.</translation>
    </message>
    <message>
        <source>Checked out by %1: editing is not possible.</source>
        <translation>Checked out by %1: editing is not possible.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <source>Version %1 of “%2” (%3, %4) becomes the current content again, as version %5. No version is removed.</source>
        <translation>Version %1 of “%2” (%3, %4) becomes the current content again, as version %5. No version is removed.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 restored as version %2.</translation>
    </message>
    <message>
        <source>The program %1 (AKTENWERK_EDITOR) could not be started. The working copy is %2.</source>
        <translation>The program %1 (AKTENWERK_EDITOR) could not be started. The working copy is %2.</translation>
    </message>
    <message>
        <source>No program is set up to open this type of file. The working copy is %1.</source>
        <translation>No program is set up to open this type of file. The working copy is %1.</translation>
    </message>
    <message>
        <source>Checking out…</source>
        <translation>Checking out…</translation>
    </message>
    <message>
        <source>Version %1 is checked out and opens in your program. Save it there; Aktenwerk then offers to check it in.</source>
        <translation>Version %1 is checked out and opens in your program. Save it there; Aktenwerk then offers to check it in.</translation>
    </message>
    <message>
        <source>The server could not be asked (%1): this is an offline edit.</source>
        <translation>The server could not be asked (%1): this is an offline edit.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>the document</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>The saved working copy of %1 becomes a new version, and the check-out ends.</source>
        <translation>The saved working copy of %1 becomes a new version, and the check-out ends.</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <source>The working copy was not changed: no new version was made, and the check-out has ended.</source>
        <translation>The working copy was not changed: no new version was made, and the check-out has ended.</translation>
    </message>
    <message>
        <source>Checked in as version %1. Someone else checked in a version first: yours is kept as a parallel version.</source>
        <translation>Checked in as version %1. Someone else checked in a version first: yours is kept as a parallel version.</translation>
    </message>
    <message>
        <source>Checked in as version %1.</source>
        <translation>Checked in as version %1.</translation>
    </message>
    <message>
        <source>Cancel check-out</source>
        <translation>Cancel check-out</translation>
    </message>
    <message>
        <source>End the check-out of “%1” without a new version? The working copy %2 is discarded, with every change saved in it.</source>
        <translation>End the check-out of “%1” without a new version? The working copy %2 is discarded, with every change saved in it.</translation>
    </message>
    <message>
        <source>&amp;Discard working copy</source>
        <translation>&amp;Discard working copy</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>The check-out has ended; the working copy was discarded.</source>
        <translation>The check-out has ended; the working copy was discarded.</translation>
    </message>
    <message>
        <source>&amp;Break check-out…</source>
        <translation>&amp;Break check-out…</translation>
    </message>
    <message>
        <source>Ends someone else&apos;s check-out (team leads and administrators); they are told with their next sync</source>
        <translation>Ends someone else&apos;s check-out (team leads and administrators); they are told with their next sync</translation>
    </message>
    <message>
        <source>Break check-out</source>
        <translation>Break check-out</translation>
    </message>
    <message>
        <source>“%1” is checked out by %2 since %3. End that check-out? %2 keeps the working copy; a later check-in of it is kept as a parallel version. This is recorded in the audit trail.</source>
        <translation>“%1” is checked out by %2 since %3. End that check-out? %2 keeps the working copy; a later check-in of it is kept as a parallel version. This is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Break check-out</source>
        <translation>&amp;Break check-out</translation>
    </message>
    <message>
        <source>Do &amp;not break</source>
        <translation>Do &amp;not break</translation>
    </message>
    <message>
        <source>The check-out of %1 is broken; %1 is told with the next sync.</source>
        <translation>The check-out of %1 is broken; %1 is told with the next sync.</translation>
    </message>
    <message>
        <source>Text recognition confidence per page</source>
        <translation>Text recognition confidence per page</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>P&amp;age:</translation>
    </message>
    <message>
        <source>Page to recognise again</source>
        <translation>Page to recognise again</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>Recognise &amp;text (OCR)</translation>
    </message>
    <message>
        <source>Makes a searchable PDF of the scanned image or PDF, as a new version</source>
        <translation>Makes a searchable PDF of the scanned image or PDF, as a new version</translation>
    </message>
    <message>
        <source>Recognise &amp;page again</source>
        <translation>Recognise &amp;page again</translation>
    </message>
    <message>
        <source>Recognises the chosen page of the current version again; the other pages stay as they are</source>
        <translation>Recognises the chosen page of the current version again; the other pages stay as they are</translation>
    </message>
    <message>
        <source>No document is selected.</source>
        <translation>No document is selected.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>The data folder is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>The document&apos;s file or case is closed (z.d.A.): it cannot be changed.</source>
        <translation>The document&apos;s file or case is closed (z.d.A.): it cannot be changed.</translation>
    </message>
    <message>
        <source>You have the document checked out: check it in first.</source>
        <translation>You have the document checked out: check it in first.</translation>
    </message>
    <message>
        <source>Please wait: the document is being worked on.</source>
        <translation>Please wait: the document is being worked on.</translation>
    </message>
    <message>
        <source>The document has no content to recognise.</source>
        <translation>The document has no content to recognise.</translation>
    </message>
    <message>
        <source>Only an image or a PDF without text can be recognised; this is %1.</source>
        <translation>Only an image or a PDF without text can be recognised; this is %1.</translation>
    </message>
    <message>
        <source>The PDF has not been read yet; try again in a moment.</source>
        <translation>The PDF has not been read yet; try again in a moment.</translation>
    </message>
    <message>
        <source>The PDF already has text. To recognise one page again, choose it below.</source>
        <translation>The PDF already has text. To recognise one page again, choose it below.</translation>
    </message>
    <message>
        <source>Only a PDF has pages to recognise again; recognise the whole document first.</source>
        <translation>Only a PDF has pages to recognise again; recognise the whole document first.</translation>
    </message>
    <message>
        <source>The current version is no scan and was not recognised: it has no page to recognise again.</source>
        <translation>The current version is no scan and was not recognised: it has no page to recognise again.</translation>
    </message>
    <message>
        <source>Page %1: not recognised — please check</source>
        <translation>Page %1: not recognised — please check</translation>
    </message>
    <message>
        <source>Page %1: %2 % — please check</source>
        <translation>Page %1: %2 % — please check</translation>
    </message>
    <message>
        <source>Page %1: %2 %</source>
        <translation>Page %1: %2 %</translation>
    </message>
    <message>
        <source>Uncertain recognition: compare the text with the page image.</source>
        <translation>Uncertain recognition: compare the text with the page image.</translation>
    </message>
    <message>
        <source>Text recognition of version %1:</source>
        <translation>Text recognition of version %1:</translation>
    </message>
    <message>
        <source>Transfer note (TR-RESISCAN) of version %1</source>
        <translation>Transfer note (TR-RESISCAN) of version %1</translation>
    </message>
    <message>
        <source>The transfer note cannot be read: %1</source>
        <translation>The transfer note cannot be read: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <source>Source: %1, mode: %2, resolution: %3 dpi</source>
        <translation>Source: %1, mode: %2, resolution: %3 dpi</translation>
    </message>
    <message>
        <source>Scanned by: %1</source>
        <translation>Scanned by: %1</translation>
    </message>
    <message>
        <source>Captured: %1; checked: %2; filed: %3</source>
        <translation>Captured: %1; checked: %2; filed: %3</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>Quality check: passed – %1</source>
        <translation>Quality check: passed – %1</translation>
    </message>
    <message>
        <source>Quality check: NOT passed – %1</source>
        <translation>Quality check: NOT passed – %1</translation>
    </message>
    <message>
        <source>Product SHA-256: %1</source>
        <translation>Product SHA-256: %1</translation>
    </message>
    <message>
        <source>the transfer note names another document (%1)</source>
        <translation>the transfer note names another document (%1)</translation>
    </message>
    <message>
        <source>Verified: the note matches the stored version.</source>
        <translation>Verified: the note matches the stored version.</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NOT verified: %1</translation>
    </message>
    <message>
        <source>Recognising page %1 again…</source>
        <translation>Recognising page %1 again…</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>Recognising text…</translation>
    </message>
    <message>
        <source>Recognising text: page %1 of %2…</source>
        <translation>Recognising text: page %1 of %2…</translation>
    </message>
    <message>
        <source>No text was found.</source>
        <translation>No text was found.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>Text recognised: version %1 (%2).</source>
        <translation>Text recognised: version %1 (%2).</translation>
    </message>
    <message>
        <source>Recorded offline on %1; on the server since %2.</source>
        <translation>Recorded offline on %1; on the server since %2.</translation>
    </message>
    <message>
        <source>%1 (offline %2)</source>
        <translation>%1 (recorded offline %2)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::InboxPane</name>
    <message>
        <source>Send &amp;back</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <source>Add ste&amp;p…</source>
        <translation>Add ste&amp;p…</translation>
    </message>
    <message>
        <source>&lt;b&gt;My tasks&lt;/b&gt; – routing steps and due resubmissions, by deadline. Done: Ctrl+Return.</source>
        <translation>&lt;b&gt;My tasks&lt;/b&gt; – routing steps and due resubmissions, by deadline. Done: Ctrl+Return.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Remark (needed when sending back)</source>
        <translation>Remark (needed when sending back)</translation>
    </message>
    <message>
        <source>Done: co-signed, signed, read or processed (Ctrl+Return)</source>
        <translation>Done: co-signed, signed, read or processed (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send the route back with the remark: pending co-signatures are cancelled</source>
        <translation>Send the route back with the remark: pending co-signatures are cancelled</translation>
    </message>
    <message>
        <source>The tasks are kept by the central repository: this data folder is not connected.</source>
        <translation>The tasks are kept by the central repository: this data folder is not connected.</translation>
    </message>
    <message>
        <source>Offline: the tasks cannot be read now. They are shown again once the server is reachable.</source>
        <translation>Offline: the tasks cannot be read now. They are shown again once the server is reachable.</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Resubmission</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>(not visible to you)</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <source>%1: no single document to preview.</source>
        <translation>%1: no single document to preview.</translation>
    </message>
    <message>
        <source>Resubmission done.</source>
        <translation>Resubmission done.</translation>
    </message>
    <message>
        <source>Done: %1 – %2.</source>
        <translation>Done: %1 – %2.</translation>
    </message>
    <message>
        <source>Say in the remark why the route goes back, then send it back.</source>
        <translation>Say in the remark why the route goes back, then send it back.</translation>
    </message>
    <message>
        <source>Sent back: %1. Pending co-signatures are cancelled.</source>
        <translation>Sent back: %1. Pending co-signatures are cancelled.</translation>
    </message>
    <message>
        <source>Step added after yours.</source>
        <translation>Step added after yours.</translation>
    </message>
    <message>
        <source>Resubmission moved to %1.</source>
        <translation>Resubmission moved to %1.</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Do&amp;ne</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Pos&amp;tpone…</source>
        <translation>Pos&amp;tpone…</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::IntakeEntry</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Intake (%1)</source>
        <translation>&amp;Intake (%1)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Documents not yet filed in a case</source>
        <translation>Documents not yet filed in a case</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not yet filed in a case</source>
        <translation>
            <numerusform>%n document not yet filed in a case</numerusform>
            <numerusform>%n documents not yet filed in a case</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming documents not yet filed (Posteingang). Drop files or folders here to import them.</source>
        <translation>Incoming documents not yet filed (Posteingang). Drop files or folders here to import them.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::IntakeModel</name>
    <message>
        <source>E-mail from %1</source>
        <translation>E-mail from %1</translation>
    </message>
    <message>
        <source>Attachment of &quot;%1&quot;</source>
        <translation>Attachment of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>E-mail attachment</source>
        <translation>E-mail attachment</translation>
    </message>
    <message>
        <source>Scan by %1</source>
        <translation>Scan by %1</translation>
    </message>
    <message>
        <source>Import by %1</source>
        <translation>Import by %1</translation>
    </message>
    <message>
        <source>%1, %2 bytes, SHA-256 %3</source>
        <translation>%1, %2 bytes, SHA-256 %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Original file name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New &amp;file…</source>
        <translation>New &amp;file…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>&amp;Add documents…</translation>
    </message>
    <message>
        <source>&amp;Import file plan…</source>
        <translation>&amp;Import file plan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Aktenwerk</source>
        <translation>&amp;About Aktenwerk</translation>
    </message>
    <message>
        <source>About Aktenwerk</source>
        <translation>About Aktenwerk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Document management and electronic files for the city administration.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Document management and electronic files for the city administration.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>File plan</translation>
    </message>
    <message>
        <source>Files, cases and documents</source>
        <translation>Files, cases and documents</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the running import</source>
        <translation>Cancel the running import</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Opening the data folder…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The data folder could not be opened.</source>
        <translation>The data folder could not be opened.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · read-only</translation>
    </message>
    <message>
        <source>Data folder and user</source>
        <translation>Data folder and user</translation>
    </message>
    <message>
        <source>Aktenwerk (read-only)</source>
        <translation>Aktenwerk (read-only)</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>The file plan is empty. Import one with File › Import file plan…</source>
        <translation>The file plan is empty. Import one with File › Import file plan…</translation>
    </message>
    <message>
        <source>File %1 created.</source>
        <translation>File %1 created.</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Case %1 created.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n document(s)…</source>
        <translation>
            <numerusform>Adding %n document…</numerusform>
            <numerusform>Adding %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents added.</source>
        <translation>%1 of %2 documents added.</translation>
    </message>
    <message>
        <source>Import file plan</source>
        <translation>Import file plan</translation>
    </message>
    <message>
        <source>File plans (*.csv *.json *.xml);;All files (*)</source>
        <translation>File plans (*.csv *.json *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>File plan imported: %1 units created, %2 updated, %3 unchanged.</source>
        <translation>File plan imported: %1 units created, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (it is not stored):</source>
        <translation>Password for %1 on %2 (it is not stored):</translation>
    </message>
    <message>
        <source>Aktenwerk needs a data folder. Restart it to set one up.</source>
        <translation>Aktenwerk needs a data folder. Restart it to set one up.</translation>
    </message>
    <message>
        <source>Click to sync now</source>
        <translation>Click to sync now</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Preview and details</source>
        <translation>Preview and details</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>How to &amp;search</source>
        <translation>How to &amp;search</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already stored: not added again.</source>
        <translation>
            <numerusform>%n file already stored: not added again.</numerusform>
            <numerusform>%n files already stored: not added again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without text: %1.</source>
        <translation>Without text: %1.</translation>
    </message>
    <message>
        <source>File the selected intake document into a case (Zuordnen)</source>
        <translation>File the selected intake document into a case (Zuordnen)</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>Intake: documents not yet filed</source>
        <translation>Intake: documents not yet filed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intake&lt;/b&gt; – documents not yet filed. Drag one onto a case, or use File into case… (Ctrl+Shift+A).</source>
        <translation>&lt;b&gt;Intake&lt;/b&gt; – documents not yet filed. Drag one onto a case, or use File into case… (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Add documents to the intake</source>
        <translation>Add documents to the intake</translation>
    </message>
    <message>
        <source>&quot;%1&quot; filed into %2.</source>
        <translation>&quot;%1&quot; filed into %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) filed into the case.</source>
        <translation>
            <numerusform>%n document filed into the case.</numerusform>
            <numerusform>%n documents filed into the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) to documents in other cases made here.</source>
        <translation>
            <numerusform>%n reference to documents in other cases made here.</numerusform>
            <numerusform>%n references to documents in other cases made here.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document is not available to you.</source>
        <translation>The document is not available to you.</translation>
    </message>
    <message>
        <source>&amp;Link here</source>
        <translation>&amp;Link here</translation>
    </message>
    <message>
        <source>Make a reference (Verweis) in this case to the document already stored</source>
        <translation>Make a reference (Verweis) in this case to the document already stored</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are filed in another case: a reference can be made here instead.</source>
        <translation>
            <numerusform>%n of them are filed in another case: a reference can be made here instead.</numerusform>
            <numerusform>%n of them are filed in another case: a reference can be made here instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <source>Hist&amp;ory</source>
        <translation>Hist&amp;ory</translation>
    </message>
    <message>
        <source>%1 was saved – check it in as a new version?</source>
        <translation>%1 was saved – check it in as a new version?</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>Check &amp;in…</translation>
    </message>
    <message>
        <source>Check in the saved working copy</source>
        <translation>Check in the saved working copy</translation>
    </message>
    <message>
        <source>Scan paper into the selected case, or into the intake</source>
        <translation>Scan paper into the selected case, or into the intake</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned document(s) filed into %1.</source>
        <translation>
            <numerusform>%n scanned document filed into %1.</numerusform>
            <numerusform>%n scanned documents filed into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognising text (OCR): page %1 of %2…</source>
        <translation>Recognising text (OCR): page %1 of %2…</translation>
    </message>
    <message>
        <source>&amp;Details •</source>
        <translation>&amp;Details •</translation>
    </message>
    <message>
        <source>File &amp;plan and search</source>
        <translation>File &amp;plan and search</translation>
    </message>
    <message>
        <source>Preview and &amp;details</source>
        <translation>Preview and &amp;details</translation>
    </message>
    <message>
        <source>Re&amp;jected changes…</source>
        <translation>Re&amp;jected changes…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>The intake is empty. Incoming mail arrives here when you drop files onto this list, add documents without choosing a case, or scan into the intake.</source>
        <translation>The intake is empty. Incoming mail arrives here when you drop files onto this list, add documents without choosing a case, or scan into the intake.</translation>
    </message>
    <message>
        <source>Choose a unit of the file plan on the left to see its files.</source>
        <translation>Choose a unit of the file plan on the left to see its files.</translation>
    </message>
    <message>
        <source>There are no files under %1 %2. The unit is retired: new files go elsewhere.</source>
        <translation>There are no files under %1 %2. The unit is retired: new files go elsewhere.</translation>
    </message>
    <message>
        <source>There are no files under %1 %2 yet. Create one with &quot;New file…&quot; (%3).</source>
        <translation>There are no files under %1 %2 yet. Create one with &quot;New file…&quot; (%3).</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>File in&amp;to case…</source>
        <translation>File in&amp;to case…</translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation>&amp;Scan…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Ve&amp;rsions</source>
        <translation>Ve&amp;rsions</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>My &amp;tasks</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>My tasks (%1)</translation>
    </message>
    <message numerus="yes">
        <source>My tasks, %n waiting</source>
        <translation>
            <numerusform>My tasks, %n waiting</numerusform>
            <numerusform>My tasks, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>New task: %1</source>
        <translation>New task: %1</translation>
    </message>
    <message>
        <source>A step waits in My tasks.</source>
        <translation>A step waits in My tasks.</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Routing steps and resubmissions waiting for you (Ctrl+Shift+T)</source>
        <translation>Routing steps and resubmissions waiting for you (Ctrl+Shift+T)</translation>
    </message>
    <message numerus="yes">
        <source>%n new task(s)</source>
        <translation>
            <numerusform>%n new task</numerusform>
            <numerusform>%n new tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>They wait in My tasks.</source>
        <translation>They wait in My tasks.</translation>
    </message>
    <message>
        <source>Rout&amp;ing</source>
        <translation>Rout&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Disposal and destruction…</source>
        <translation>&amp;Disposal and destruction…</translation>
    </message>
    <message>
        <source>Files due for disposal, offers to the archive and its answers, destruction with four eyes</source>
        <translation>Files due for disposal, offers to the archive and its answers, destruction with four eyes</translation>
    </message>
    <message>
        <source>For records officers, in a data folder connected to the central repository.</source>
        <translation>For records officers, in a data folder connected to the central repository.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::MetadataForm</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::MoveDialog</name>
    <message>
        <source>Move document</source>
        <translation>Move document</translation>
    </message>
    <message>
        <source>Move case</source>
        <translation>Move case</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; into the case:</source>
        <translation>Move &quot;%1&quot; into the case:</translation>
    </message>
    <message>
        <source>Move the case %1 into the file:</source>
        <translation>Move the case %1 into the file:</translation>
    </message>
    <message>
        <source>The document takes the next number in that case; its history stays with it.</source>
        <translation>The document takes the next number in that case; its history stays with it.</translation>
    </message>
    <message>
        <source>The case takes the next reference in that file; its old reference still finds it.</source>
        <translation>The case takes the next reference in that file; its old reference still finds it.</translation>
    </message>
    <message>
        <source>Type a Vorgangszeichen or a title to filter</source>
        <translation>Type a Vorgangszeichen or a title to filter</translation>
    </message>
    <message>
        <source>Type an Aktenzeichen or a title to filter</source>
        <translation>Type an Aktenzeichen or a title to filter</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filter cases</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filter files</translation>
    </message>
    <message>
        <source>Vorgangszeichen</source>
        <translation>Vorgangszeichen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>There is no other open case of this department.</source>
        <translation>There is no other open case of this department.</translation>
    </message>
    <message>
        <source>There is no other open file of this department.</source>
        <translation>There is no other open file of this department.</translation>
    </message>
    <message>
        <source>Nothing chosen yet: choose the target in the list.</source>
        <translation>Nothing chosen yet: choose the target in the list.</translation>
    </message>
    <message>
        <source>Moves into: case %1 &quot;%2&quot; of the file %3</source>
        <translation>Moves into: case %1 &quot;%2&quot; of the file %3</translation>
    </message>
    <message>
        <source>Moves into: file %1 &quot;%2&quot;</source>
        <translation>Moves into: file %1 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation>&amp;Title: *</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>The file %1 is closed (z.d.A.): no new cases can be created.</source>
        <translation>The file %1 is closed (z.d.A.): no new cases can be created.</translation>
    </message>
    <message>
        <source>The case needs a title.</source>
        <translation>The case needs a title.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::NewFileDialog</name>
    <message>
        <source>New file</source>
        <translation>New file</translation>
    </message>
    <message>
        <source>Plan unit</source>
        <translation>Plan unit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. Neubau Einfamilienhaus, Lindenweg 12</source>
        <translation>e.g. Neubau Einfamilienhaus, Lindenweg 12</translation>
    </message>
    <message>
        <source>FB %1 – %2</source>
        <translation>FB %1 – %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>File reference preview</source>
        <translation>File reference preview</translation>
    </message>
    <message>
        <source>&amp;Plan unit:</source>
        <translation>&amp;Plan unit:</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation>&amp;Title: *</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Confidentiality:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>File reference:</source>
        <translation>File reference:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <source>%1 (the number # is assigned on creation)</source>
        <translation>%1 (the number # is assigned on creation)</translation>
    </message>
    <message>
        <source>Choose the plan unit the file belongs to.</source>
        <translation>Choose the plan unit the file belongs to.</translation>
    </message>
    <message>
        <source>The file needs a title.</source>
        <translation>The file needs a title.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::PageView</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::PlanTreeModel</name>
    <message>
        <source>Retention: %1</source>
        <translation>Retention: %1</translation>
    </message>
    <message>
        <source>Disposal: %1</source>
        <translation>Disposal: %1</translation>
    </message>
    <message>
        <source>Retired: no new files</source>
        <translation>Retired: no new files</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>File plan</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::PostponeDialog</name>
    <message>
        <source>Postpone the resubmission</source>
        <translation>Postpone the resubmission</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>New &amp;date:</source>
        <translation>New &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>&amp;Postpone</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RecordActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected document, empty case or empty file (it can be restored)</source>
        <translation>Delete the selected document, empty case or empty file (it can be restored)</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>Recycle &amp;bin…</translation>
    </message>
    <message>
        <source>What was deleted, to restore it</source>
        <translation>What was deleted, to restore it</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Move the selected document to another case, or the case to another file</source>
        <translation>Move the selected document to another case, or the case to another file</translation>
    </message>
    <message>
        <source>New &amp;volume…</source>
        <translation>New &amp;volume…</translation>
    </message>
    <message>
        <source>Create a volume (Band) of the selected file</source>
        <translation>Create a volume (Band) of the selected file</translation>
    </message>
    <message>
        <source>S&amp;hare with a department…</source>
        <translation>S&amp;hare with a department…</translation>
    </message>
    <message>
        <source>Let another department read the selected file, or end a share</source>
        <translation>Let another department read the selected file, or end a share</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected document</source>
        <translation>Print the selected document</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document outside Aktenwerk</source>
        <translation>Save a copy of the selected document outside Aktenwerk</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send by &amp;e-mail…</translation>
    </message>
    <message>
        <source>Attach the selected document to a new e-mail</source>
        <translation>Attach the selected document to a new e-mail</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>OCR and reference settings of this data folder</source>
        <translation>OCR and reference settings of this data folder</translation>
    </message>
    <message>
        <source>the file %1 &quot;%2&quot;</source>
        <translation>the file %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the case %1 &quot;%2&quot;</source>
        <translation>the case %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation>the document &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document %1 &quot;%2&quot;</source>
        <translation>the document %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Deleted %1; it is in the recycle bin.</source>
        <translation>Deleted %1; it is in the recycle bin.</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>%1 is restored.</translation>
    </message>
    <message>
        <source>Moved; the reference is now %1.</source>
        <translation>Moved; the reference is now %1.</translation>
    </message>
    <message>
        <source>Volume %1 created.</source>
        <translation>Volume %1 created.</translation>
    </message>
    <message>
        <source>The file %1 is shared.</source>
        <translation>The file %1 is shared.</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Choose a document first.</translation>
    </message>
    <message>
        <source>The document has no content yet.</source>
        <translation>The document has no content yet.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>The document could not be prepared for the e-mail: %1</source>
        <translation>The document could not be prepared for the e-mail: %1</translation>
    </message>
    <message>
        <source>The e-mail program opens with the document attached.</source>
        <translation>The e-mail program opens with the document attached.</translation>
    </message>
    <message>
        <source>Attach the document to the e-mail yourself: %1</source>
        <translation>Attach the document to the e-mail yourself: %1</translation>
    </message>
    <message>
        <source>Documents of this kind (%1) cannot be printed here: save a copy and print it from its program.</source>
        <translation>Documents of this kind (%1) cannot be printed here: save a copy and print it from its program.</translation>
    </message>
    <message>
        <source>Print &quot;%1&quot;</source>
        <translation>Print &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Printed (%n page(s)).</source>
        <translation>
            <numerusform>Printed (%n page).</numerusform>
            <numerusform>Printed (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be read for printing: %1</source>
        <translation>The document could not be read for printing: %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RecordTreeModel</name>
    <message>
        <source>File %1, department %2, %3</source>
        <translation>File %1, department %2, %3</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>%1
Version %2 · %3 · %4
File name: %5</source>
        <translation>%1
Version %2 · %3 · %4
File name: %5</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RecycleBinDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>What was deleted, newest first. Nothing here is gone: restore it with a reason, which the audit trail keeps. A document comes back into its case, so restore a deleted case first.</source>
        <translation>What was deleted, newest first. Nothing here is gone: restore it with a reason, which the audit trail keeps. A document comes back into its case, so restore a deleted case first.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reference or title</source>
        <translation>Reference or title</translation>
    </message>
    <message>
        <source>Where it was</source>
        <translation>Where it was</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>Reason for restoring</source>
        <translation>Reason for restoring</translation>
    </message>
    <message>
        <source>e.g. deleted by mistake</source>
        <translation>e.g. deleted by mistake</translation>
    </message>
    <message>
        <source>R&amp;eason: *</source>
        <translation>R&amp;eason: *</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>The recycle bin is empty: nothing has been deleted.</source>
        <translation>The recycle bin is empty: nothing has been deleted.</translation>
    </message>
    <message>
        <source>Choose what to restore and give a reason.</source>
        <translation>Choose what to restore and give a reason.</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>%1 is restored.</translation>
    </message>
    <message>
        <source>Discard the reason you typed?</source>
        <translation>Discard the reason you typed?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RejectedDialog</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Rejected changes</translation>
    </message>
    <message>
        <source>The server did not accept these changes. Nothing of them is lost: discard a change to go back to the server&apos;s state, or send it again once its cause is fixed.</source>
        <translation>The server did not accept these changes. Nothing of them is lost: discard a change to go back to the server&apos;s state, or send it again once its cause is fixed.</translation>
    </message>
    <message>
        <source>Give the change up: the record returns to the server&apos;s state; something new that the server refused is taken back here.</source>
        <translation>Give the change up: the record returns to the server&apos;s state; something new that the server refused is taken back here.</translation>
    </message>
    <message>
        <source>Send the change to the server again, e.g. after the file was reopened.</source>
        <translation>Send the change to the server again, e.g. after the file was reopened.</translation>
    </message>
    <message>
        <source>The server has refused nothing that waits for a decision.</source>
        <translation>The server has refused nothing that waits for a decision.</translation>
    </message>
    <message>
        <source>Queued again; it goes to the server with the next sync.</source>
        <translation>Queued again; it goes to the server with the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded: what the server refused was taken back here (%n record(s)).</source>
        <translation>
            <numerusform>Discarded: what the server refused was taken back here (%n record).</numerusform>
            <numerusform>Discarded: what the server refused was taken back here (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded; the server&apos;s state comes back with the next sync.</source>
        <translation>Discarded; the server&apos;s state comes back with the next sync.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RejectedModel</name>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What was entered</source>
        <translation>What was entered</translation>
    </message>
    <message>
        <source>Reason given by the server</source>
        <translation>Reason given by the server</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RenderClient</name>
    <message>
        <source>The display program (aktenwerk-render) is not installed.</source>
        <translation>The display program (aktenwerk-render) is not installed.</translation>
    </message>
    <message>
        <source>The display program (aktenwerk-render) could not be started.</source>
        <translation>The display program (aktenwerk-render) could not be started.</translation>
    </message>
    <message>
        <source>The page could not be displayed.</source>
        <translation>The page could not be displayed.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be displayed.</source>
        <translation>The file is damaged and cannot be displayed.</translation>
    </message>
    <message>
        <source>Opening the file for display took too long; it was stopped.</source>
        <translation>Opening the file for display took too long; it was stopped.</translation>
    </message>
    <message>
        <source>The display program stopped unexpectedly; it is started again.</source>
        <translation>The display program stopped unexpectedly; it is started again.</translation>
    </message>
    <message>
        <source>The file made the display program stop.</source>
        <translation>The file made the display program stop.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>No preview for this type of file.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password and cannot be displayed.</source>
        <translation>The PDF is protected by a password and cannot be displayed.</translation>
    </message>
    <message>
        <source>The PDF is damaged: it has no pages.</source>
        <translation>The PDF is damaged: it has no pages.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ReopenDialog</name>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Reopened, it can be changed again; its retention starts anew at the next closing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Reopened, it can be changed again; its retention starts anew at the next closing.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. Widerspruch eingegangen</source>
        <translation>e.g. Widerspruch eingegangen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Say why it is reopened: the reason is recorded.</source>
        <translation>Say why it is reopened: the reason is recorded.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ResubmissionDialog</name>
    <message>
        <source>Resubmission date</source>
        <translation>Resubmission date</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Resubmission</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On the date it appears in the owner&apos;s tasks.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On the date it appears in the owner&apos;s tasks.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. Has the applicant sent the missing plans?</source>
        <translation>e.g. Has the applicant sent the missing plans?</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Me (%1)</translation>
    </message>
    <message>
        <source>Queue of unit %1</source>
        <translation>Queue of unit %1</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>&amp;Set resubmission</source>
        <translation>&amp;Set resubmission</translation>
    </message>
    <message>
        <source>Say why: the reason is what the owner reads on the date.</source>
        <translation>Say why: the reason is what the owner reads on the date.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::RoutingActions</name>
    <message>
        <source>&amp;Start a route…</source>
        <translation>&amp;Start a route…</translation>
    </message>
    <message>
        <source>Route the selected document, case or file to colleagues: co-signature, signature, notice</source>
        <translation>Route the selected document, case or file to colleagues: co-signature, signature, notice</translation>
    </message>
    <message>
        <source>&amp;Resubmission…</source>
        <translation>&amp;Resubmission…</translation>
    </message>
    <message>
        <source>Have the selected document, case or file come back on a date, with a reason</source>
        <translation>Have the selected document, case or file come back on a date, with a reason</translation>
    </message>
    <message>
        <source>Save routing s&amp;lip…</source>
        <translation>Save routing s&amp;lip…</translation>
    </message>
    <message>
        <source>The routing slip (Laufzettel) of the selected item&apos;s latest route as a PDF</source>
        <translation>The routing slip (Laufzettel) of the selected item&apos;s latest route as a PDF</translation>
    </message>
    <message>
        <source>&amp;Absence and deputy…</source>
        <translation>&amp;Absence and deputy…</translation>
    </message>
    <message>
        <source>Say when you are away and who stands in for you</source>
        <translation>Say when you are away and who stands in for you</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Routing needs a data folder connected to the central repository.</source>
        <translation>Routing needs a data folder connected to the central repository.</translation>
    </message>
    <message>
        <source>Asking the central repository…</source>
        <translation>Asking the central repository…</translation>
    </message>
    <message>
        <source>The central repository refused: %1</source>
        <translation>The central repository refused: %1</translation>
    </message>
    <message>
        <source>Route started: %1.</source>
        <translation>Route started: %1.</translation>
    </message>
    <message>
        <source>Resubmission set for %1: %2.</source>
        <translation>Resubmission set for %1: %2.</translation>
    </message>
    <message>
        <source>Absence withdrawn.</source>
        <translation>Absence withdrawn.</translation>
    </message>
    <message>
        <source>Absence set: %1 to %2.</source>
        <translation>Absence set: %1 to %2.</translation>
    </message>
    <message>
        <source>Save routing slip</source>
        <translation>Save routing slip</translation>
    </message>
    <message>
        <source>Routing slip %1.pdf</source>
        <translation>Routing slip %1.pdf</translation>
    </message>
    <message>
        <source>Routing slip saved: %1</source>
        <translation>Routing slip saved: %1</translation>
    </message>
    <message>
        <source>%1 has not been routed yet: there is no routing slip.</source>
        <translation>%1 has not been routed yet: there is no routing slip.</translation>
    </message>
    <message>
        <source>The routing slip could not be written to %1: %2</source>
        <translation>The routing slip could not be written to %1: %2</translation>
    </message>
    <message>
        <source>&amp;Close (z.d.A.)…</source>
        <translation>&amp;Close (z.d.A.)…</translation>
    </message>
    <message>
        <source>Close the selected file or case: it becomes read-only and its retention starts</source>
        <translation>Close the selected file or case: it becomes read-only and its retention starts</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Open the selected closed file or case again</source>
        <translation>Open the selected closed file or case again</translation>
    </message>
    <message>
        <source>Closed (z.d.A.): %1.</source>
        <translation>Closed (z.d.A.): %1.</translation>
    </message>
    <message>
        <source>Reopened: %1.</source>
        <translation>Reopened: %1.</translation>
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
        <translation>Letter (216 × 279 mm)</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <source>Document feeder (one side)</source>
        <translation>Document feeder (one side)</translation>
    </message>
    <message>
        <source>Document feeder (both sides)</source>
        <translation>Document feeder (both sides)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>Search &amp;again</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Split into documents at &amp;blank sheets</source>
        <translation>Split into documents at &amp;blank sheets</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>Fi&amp;le</translation>
    </message>
    <message>
        <source>Open a &amp;kept batch…</source>
        <translation>Open a &amp;kept batch…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>The scanned documents go into the intake (Posteingang).</source>
        <translation>The scanned documents go into the intake (Posteingang).</translation>
    </message>
    <message>
        <source>The scanned documents go into the case %1.</source>
        <translation>The scanned documents go into the case %1.</translation>
    </message>
    <message>
        <source>Target of the scan</source>
        <translation>Target of the scan</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Search for scanners again</source>
        <translation>Search for scanners again</translation>
    </message>
    <message>
        <source>Search for scanners again (network scanners can take a few seconds)</source>
        <translation>Search for scanners again (network scanners can take a few seconds)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <source>Scanner search</source>
        <translation>Scanner search</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>Paper source</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Colour mode</translation>
    </message>
    <message>
        <source>Colour &amp;mode:</source>
        <translation>Colour &amp;mode:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>At most this many pages from the feeder</source>
        <translation>At most this many pages from the feeder</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>The feeder stops after this many pages; &quot;all&quot; scans until it is empty.</source>
        <translation>The feeder stops after this many pages; &quot;all&quot; scans until it is empty.</translation>
    </message>
    <message>
        <source>Pages from the &amp;feeder:</source>
        <translation>Pages from the &amp;feeder:</translation>
    </message>
    <message>
        <source>Cancel the scan or the filing</source>
        <translation>Cancel the scan or the filing</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>What is being done</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Check the pages</source>
        <translation>Check the pages</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>Rotate 180°</source>
        <translation>Rotate 180°</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Delete page</translation>
    </message>
    <message>
        <source>Keep page</source>
        <translation>Keep page</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <source>Blank below &amp;ink coverage:</source>
        <translation>Blank below &amp;ink coverage:</translation>
    </message>
    <message>
        <source>Blank page threshold</source>
        <translation>Blank page threshold</translation>
    </message>
    <message>
        <source>Blank page threshold in percent</source>
        <translation>Blank page threshold in percent</translation>
    </message>
    <message>
        <source>Pages with less ink than this share are proposed as blank</source>
        <translation>Pages with less ink than this share are proposed as blank</translation>
    </message>
    <message>
        <source>Split into documents at blank sheets</source>
        <translation>Split into documents at blank sheets</translation>
    </message>
    <message>
        <source>Documents to be filed</source>
        <translation>Documents to be filed</translation>
    </message>
    <message>
        <source>File the pages</source>
        <translation>File the pages</translation>
    </message>
    <message>
        <source>Recognise the text and file the pages as searchable PDF documents</source>
        <translation>Recognise the text and file the pages as searchable PDF documents</translation>
    </message>
    <message>
        <source>Open a kept batch</source>
        <translation>Open a kept batch</translation>
    </message>
    <message>
        <source>Review and file pages kept from an earlier scan that was not filed</source>
        <translation>Review and file pages kept from an earlier scan that was not filed</translation>
    </message>
    <message>
        <source>Searching for scanners…</source>
        <translation>Searching for scanners…</translation>
    </message>
    <message>
        <source>No scanner found. Check that it is switched on and connected, then search again.</source>
        <translation>No scanner found. Check that it is switched on and connected, then search again.</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>%n scanner found.</numerusform>
            <numerusform>%n scanners found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the settings of %1…</source>
        <translation>Reading the settings of %1…</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>Ready: %1.</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Largest the device scans (%1 × %2 mm)</source>
        <translation>Largest the device scans (%1 × %2 mm)</translation>
    </message>
    <message>
        <source>Starting the scanner…</source>
        <translation>Starting the scanner…</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>Scanning page %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>%n page scanned.</numerusform>
            <numerusform>%n pages scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan failed (%1).</source>
        <translation>The scan failed (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before stay in the review.</source>
        <translation>
            <numerusform>The %n page scanned before stay in the review.</numerusform>
            <numerusform>The %n pages scanned before stay in the review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the filing…</source>
        <translation>Stopping the filing…</translation>
    </message>
    <message>
        <source>Stopping the scanner…</source>
        <translation>Stopping the scanner…</translation>
    </message>
    <message>
        <source>Only batches kept in %1 can be opened here; add other files with &quot;Add documents&quot;.</source>
        <translation>Only batches kept in %1 can be opened here; add other files with &quot;Add documents&quot;.</translation>
    </message>
    <message>
        <source>The page image cannot be read.</source>
        <translation>The page image cannot be read.</translation>
    </message>
    <message>
        <source>The turned or straightened page could not be saved.</source>
        <translation>The turned or straightened page could not be saved.</translation>
    </message>
    <message>
        <source>The turned page could not be saved.</source>
        <translation>The turned page could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) removed as separator sheets</source>
        <translation>
            <numerusform>%n blank page removed as separator sheets</numerusform>
            <numerusform>%n blank pages removed as separator sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) removed</source>
        <translation>
            <numerusform>%n blank page removed</numerusform>
            <numerusform>%n blank pages removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) deleted</source>
        <translation>
            <numerusform>%n page deleted</numerusform>
            <numerusform>%n pages deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>order of pages changed</source>
        <translation>order of pages changed</translation>
    </message>
    <message>
        <source>page %1 rotated automatically (%2°)</source>
        <translation>page %1 rotated automatically (%2°)</translation>
    </message>
    <message>
        <source>page %1 rotated (%2°)</source>
        <translation>page %1 rotated (%2°)</translation>
    </message>
    <message>
        <source>page %1 straightened (%2°)</source>
        <translation>page %1 straightened (%2°)</translation>
    </message>
    <message>
        <source>No pages yet.</source>
        <translation>No pages yet.</translation>
    </message>
    <message>
        <source>Every page is blank: nothing to file.</source>
        <translation>Every page is blank: nothing to file.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) will be filed.</source>
        <translation>
            <numerusform>%n document will be filed.</numerusform>
            <numerusform>%n documents will be filed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sca&amp;n more</source>
        <translation>Sca&amp;n more</translation>
    </message>
    <message>
        <source>Scan more pages into this batch</source>
        <translation>Scan more pages into this batch</translation>
    </message>
    <message>
        <source>There is no page to file.</source>
        <translation>There is no page to file.</translation>
    </message>
    <message>
        <source>unknown scanner</source>
        <translation>unknown scanner</translation>
    </message>
    <message>
        <source>Recognising the text…</source>
        <translation>Recognising the text…</translation>
    </message>
    <message>
        <source>%1 of %2 pages recognised…</source>
        <translation>%1 of %2 pages recognised…</translation>
    </message>
    <message>
        <source>the intake</source>
        <translation>the intake</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>Keep a page proposed as blank or as a separator sheet</source>
        <translation>Keep a page proposed as blank or as a separator sheet</translation>
    </message>
    <message numerus="yes">
        <source>%n printed separator sheet(s) removed</source>
        <translation>
            <numerusform>%n printed separator sheet removed</numerusform>
            <numerusform>%n printed separator sheets removed</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages could not be filed: %1</source>
        <translation>The pages could not be filed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were filed before that; their pages have left the review.</source>
        <translation>
            <numerusform>%n document was filed before that; its pages have left the review.</numerusform>
            <numerusform>%n documents were filed before that; their pages have left the review.</numerusform>
        </translation>
    </message>
    <message>
        <source>No page is lost: the others are kept in %1 and stay here in the review.</source>
        <translation>No page is lost: the others are kept in %1 and stay here in the review.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ScanPageModel</name>
    <message>
        <source>Blank: will be removed</source>
        <translation>Blank: will be removed</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Rotated automatically</source>
        <translation>Rotated automatically</translation>
    </message>
    <message>
        <source>Straightened</source>
        <translation>Straightened</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>ink coverage %1 %</source>
        <translation>ink coverage %1 %</translation>
    </message>
    <message>
        <source>Separator sheet: starts a new document</source>
        <translation>Separator sheet: starts a new document</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::SearchPanel</name>
    <message>
        <source>Search (Ctrl+F): words, &quot;phrases&quot;, az:63.01.02 …</source>
        <translation>Search (Ctrl+F): words, &quot;phrases&quot;, az:63.01.02 …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n hits; the best of the newest are shown.</source>
        <translation>
            <numerusform>More than %n hits; the best of the newest are shown.</numerusform>
            <numerusform>More than %n hits; the best of the newest are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Enter runs a saved search; Del removes it.</source>
        <translation>Enter runs a saved search; Del removes it.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save this search (Ctrl+Shift+S)</source>
        <translation>Save this search (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Narrow the hits by %1</source>
        <translation>Narrow the hits by %1</translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Remove saved search</translation>
    </message>
    <message>
        <source>Narrow the hits by %1 (counted over the newest %2 hits)</source>
        <translation>Narrow the hits by %1 (counted over the newest %2 hits)</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name of the saved search:</translation>
    </message>
    <message>
        <source>How to search (F1)</source>
        <translation>How to search (F1)</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>How to search</translation>
    </message>
    <message>
        <source>dept</source>
        <comment>search field for the department (German: fb)</comment>
        <translation>dept</translation>
    </message>
    <message>
        <source>type</source>
        <comment>search field for the document type (German: typ)</comment>
        <translation>type</translation>
    </message>
    <message>
        <source>year</source>
        <comment>search field for the year (German: jahr)</comment>
        <translation>year</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to search&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Bauantrag Müller&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;both words, in any form (Bauanträge, mueller, MÜLLER)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;Lindenweg 12&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the words in this order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;bauan*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words that start so (at least three letters)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Garage OR Carport&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-Widerspruch&lt;/tt&gt;, &lt;tt&gt;NOT Widerspruch&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;63.01.02-0045/2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;this file or case reference, exactly, also inside a text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;az:63.01.02&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the documents of a file or case, or of every file under a plan unit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;title:Bauantrag&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the word in the title of the document, its case or file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;type:Bescheid&lt;/tt&gt; &lt;tt&gt;dept:63&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;document type; department&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:open&lt;/tt&gt; &lt;tt&gt;status:closed&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;open documents; closed ones (z.d.A.)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sender:Krüger&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sender of a letter or e-mail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;documents created in that year&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;from:2026-01-01 to:2026-03-31&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;documents created in this range&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The German words work as well: ODER, NICHT, titel:, typ:, fb:, status:offen|geschlossen, absender:, jahr:, von:, bis: (dates also as 31.03.2026).&lt;/p&gt;&lt;p&gt;Upper and lower case, ä/ae, ö/oe, ü/ue and ß/ss are the same. Titles weigh most. With more than 2,000 hits the best of the newest 2,000 are shown: narrow the search with more words or a filter below the field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;How to search&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Bauantrag Müller&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;both words, in any form (Bauanträge, mueller, MÜLLER)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;Lindenweg 12&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the words in this order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;bauan*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words that start so (at least three letters)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Garage OR Carport&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-Widerspruch&lt;/tt&gt;, &lt;tt&gt;NOT Widerspruch&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;63.01.02-0045/2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;this file or case reference, exactly, also inside a text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;az:63.01.02&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the documents of a file or case, or of every file under a plan unit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;title:Bauantrag&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the word in the title of the document, its case or file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;type:Bescheid&lt;/tt&gt; &lt;tt&gt;dept:63&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;document type; department&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:open&lt;/tt&gt; &lt;tt&gt;status:closed&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;open documents; closed ones (z.d.A.)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sender:Krüger&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sender of a letter or e-mail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2026&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;documents created in that year&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;from:2026-01-01 to:2026-03-31&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;documents created in this range&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The German words work as well: ODER, NICHT, titel:, typ:, fb:, status:offen|geschlossen, absender:, jahr:, von:, bis: (dates also as 31.03.2026).&lt;/p&gt;&lt;p&gt;Upper and lower case, ä/ae, ö/oe, ü/ue and ß/ss are the same. Titles weigh most. With more than 2,000 hits the best of the newest 2,000 are shown: narrow the search with more words or a filter below the field.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or leave out a filter.</source>
        <translation>Nothing found. Try fewer words or leave out a filter.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or the beginning of a word (bauan*).</source>
        <translation>Nothing found. Try fewer words or the beginning of a word (bauan*).</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>no documents</translation>
    </message>
    <message numerus="yes">
        <source>The best %n files and cases</source>
        <translation>
            <numerusform>The best %n files and cases</numerusform>
            <numerusform>The best %n files and cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or case(s)</source>
        <translation>
            <numerusform>%n file or case</numerusform>
            <numerusform>%n files or cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::SearchResultModel</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Filed in</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>File %1, department %2, %3</source>
        <translation>File %1, department %2, %3</translation>
    </message>
    <message>
        <source>Case %1 in file %2, %3</source>
        <translation>Case %1 in file %2, %3</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>in file %1</source>
        <translation>in file %1</translation>
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
        <translation>Recognise text (&amp;OCR) when images and PDFs without text are imported</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>These settings apply to everyone who works with this data folder.</source>
        <translation>These settings apply to everyone who works with this data folder.</translation>
    </message>
    <message>
        <source>These settings apply to everyone who works with this data folder; only an administrator can change them.</source>
        <translation>These settings apply to everyone who works with this data folder; only an administrator can change them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text recognition&lt;/b&gt;</source>
        <translation>&lt;b&gt;Text recognition&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Image quality of scanned pages</source>
        <translation>Image quality of scanned pages</translation>
    </message>
    <message>
        <source>Image &amp;quality of colour and grey pages:</source>
        <translation>Image &amp;quality of colour and grey pages:</translation>
    </message>
    <message>
        <source>Pages below this recognition quality are flagged</source>
        <translation>Pages below this recognition quality are flagged</translation>
    </message>
    <message>
        <source>Flag pages recognised &amp;below:</source>
        <translation>Flag pages recognised &amp;below:</translation>
    </message>
    <message>
        <source>&lt;b&gt;References&lt;/b&gt;</source>
        <translation>&lt;b&gt;References&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Template of file references</source>
        <translation>Template of file references</translation>
    </message>
    <message>
        <source>&amp;Files (Aktenzeichen):</source>
        <translation>&amp;Files (Aktenzeichen):</translation>
    </message>
    <message>
        <source>Template of case references</source>
        <translation>Template of case references</translation>
    </message>
    <message>
        <source>&amp;Cases (Vorgangszeichen):</source>
        <translation>&amp;Cases (Vorgangszeichen):</translation>
    </message>
    <message>
        <source>Placeholders: {plan} file plan code, {seq} running number of the file, {year}, {file} the file&apos;s reference, {case} running number of the case; {seq:04} pads with zeros. New references follow a change; existing ones stay.</source>
        <translation>Placeholders: {plan} file plan code, {seq} running number of the file, {year}, {file} the file&apos;s reference, {case} running number of the case; {seq:04} pads with zeros. New references follow a change; existing ones stay.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>The settings are saved.</translation>
    </message>
    <message>
        <source>Save the changed settings?</source>
        <translation>Save the changed settings?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::ShareDialog</name>
    <message>
        <source>&amp;Until (end of the day):</source>
        <translation>&amp;Until (end of the day):</translation>
    </message>
    <message>
        <source>&amp;Revoke share</source>
        <translation>&amp;Revoke share</translation>
    </message>
    <message>
        <source>Share file</source>
        <translation>Share file</translation>
    </message>
    <message>
        <source>Let another department read the file %1 &quot;%2&quot; with its cases and documents. Changing it stays with your department.</source>
        <translation>Let another department read the file %1 &quot;%2&quot; with its cases and documents. Changing it stays with your department.</translation>
    </message>
    <message>
        <source>Department to share with</source>
        <translation>Department to share with</translation>
    </message>
    <message>
        <source>– choose a department –</source>
        <translation>– choose a department –</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Department %1</translation>
    </message>
    <message>
        <source>&amp;Department: *</source>
        <translation>&amp;Department: *</translation>
    </message>
    <message>
        <source>Last day of the share</source>
        <translation>Last day of the share</translation>
    </message>
    <message>
        <source>&amp;Shared with:</source>
        <translation>&amp;Shared with:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Shared by</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Shares of the file</source>
        <translation>Shares of the file</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>until revoked</source>
        <translation>until revoked</translation>
    </message>
    <message>
        <source>Not shared: only department %1 reads it.</source>
        <translation>Not shared: only department %1 reads it.</translation>
    </message>
    <message>
        <source>The share with department %1 is revoked.</source>
        <translation>The share with department %1 is revoked.</translation>
    </message>
    <message>
        <source>Choose the department to share the file with.</source>
        <translation>Choose the department to share the file with.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::StartRouteDialog</name>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Para&amp;llel with the step before</source>
        <translation>Para&amp;llel with the step before</translation>
    </message>
    <message>
        <source>Start a route</source>
        <translation>Start a route</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The steps run one after another; a step marked parallel runs together with the one before. The server checks every step.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The steps run one after another; a step marked parallel runs together with the one before. The server checks every step.</translation>
    </message>
    <message>
        <source>No template – own steps</source>
        <translation>No template – own steps</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Your department has no route templates yet.</source>
        <translation>Your department has no route templates yet.</translation>
    </message>
    <message>
        <source>Begin with a template of your department</source>
        <translation>Begin with a template of your department</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Steps:</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Kind of step</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>login, unit:CODE or lead:CODE</source>
        <translation>login, unit:CODE or lead:CODE</translation>
    </message>
    <message>
        <source>e.g. Please check the drainage plan</source>
        <translation>e.g. Please check the drainage plan</translation>
    </message>
    <message>
        <source>Runs at the same time as the step above (e.g. several co-signers)</source>
        <translation>Runs at the same time as the step above (e.g. several co-signers)</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Selected step</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instruction:</translation>
    </message>
    <message>
        <source>&amp;Start route</source>
        <translation>&amp;Start route</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Replace the steps you entered with those of the template &quot;%1&quot;?</source>
        <translation>Replace the steps you entered with those of the template &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>(addressee missing)</source>
        <translation>(addressee missing)</translation>
    </message>
    <message>
        <source>A route needs at least one step: add one.</source>
        <translation>A route needs at least one step: add one.</translation>
    </message>
    <message>
        <source>Step %1 has no addressee: a login, unit:CODE or lead:CODE.</source>
        <translation>Step %1 has no addressee: a login, unit:CODE or lead:CODE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no addressee: a login, unit:CODE or lead:CODE.</source>
        <translation>&quot;%1&quot; is no addressee: a login, unit:CODE or lead:CODE.</translation>
    </message>
    <message>
        <source>The deadline of step %1 has passed already.</source>
        <translation>The deadline of step %1 has passed already.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation>Online · synced %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n change waiting</numerusform>
            <numerusform> · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n conflict</numerusform>
            <numerusform> · %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>This data folder is not connected to a central repository.</source>
        <translation>This data folder is not connected to a central repository.</translation>
    </message>
    <message numerus="yes">
        <source> · %n refused by the server</source>
        <translation>
            <numerusform> · %n refused by the server</numerusform>
            <numerusform> · %n refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::VersionCommentDialog</name>
    <message>
        <source>Comment for the new version</source>
        <translation>Comment for the new version</translation>
    </message>
    <message>
        <source>optional: what changed and why</source>
        <translation>optional: what changed and why</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::VersionFormat</name>
    <message>
        <source>%1 (parallel to version %2)</source>
        <translation>%1 (parallel to version %2)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>Image (%1)</translation>
    </message>
    <message>
        <source>Text document (%1)</source>
        <translation>Text document (%1)</translation>
    </message>
    <message>
        <source>flatbed</source>
        <translation>flatbed</translation>
    </message>
    <message>
        <source>document feeder, one side</source>
        <translation>document feeder, one side</translation>
    </message>
    <message>
        <source>document feeder, both sides</source>
        <translation>document feeder, both sides</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>greyscale</source>
        <translation>greyscale</translation>
    </message>
    <message>
        <source>black and white</source>
        <translation>black and white</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Client::VolumeDialog</name>
    <message>
        <source>New volume</source>
        <translation>New volume</translation>
    </message>
    <message>
        <source>A new volume (Band) of the file %1 &quot;%2&quot;. New cases can be placed in it.</source>
        <translation>A new volume (Band) of the file %1 &quot;%2&quot;. New cases can be placed in it.</translation>
    </message>
    <message>
        <source>Title of the volume</source>
        <translation>Title of the volume</translation>
    </message>
    <message>
        <source>e.g. Band 2 (ab 2027)</source>
        <translation>e.g. Band 2 (ab 2027)</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation>&amp;Title: *</translation>
    </message>
    <message>
        <source>&amp;Volumes of the file:</source>
        <translation>&amp;Volumes of the file:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Volumes of the file</source>
        <translation>Volumes of the file</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>The file has no volumes yet.</source>
        <translation>The file has no volumes yet.</translation>
    </message>
    <message>
        <source>The volume needs a title.</source>
        <translation>The volume needs a title.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::AuditLog</name>
    <message>
        <source>Audit event %1 is missing.</source>
        <translation>Audit event %1 is missing.</translation>
    </message>
    <message>
        <source>Audit event %1 does not follow the event before it.</source>
        <translation>Audit event %1 does not follow the event before it.</translation>
    </message>
    <message>
        <source>Audit event %1 was altered.</source>
        <translation>Audit event %1 was altered.</translation>
    </message>
    <message>
        <source>Audit event %1 differs from the anchored head of the chain.</source>
        <translation>Audit event %1 differs from the anchored head of the chain.</translation>
    </message>
    <message>
        <source>The audit log ends before event %1, which was recorded as its head: events were removed from the end.</source>
        <translation>The audit log ends before event %1, which was recorded as its head: events were removed from the end.</translation>
    </message>
    <message>
        <source>Cannot write the audit anchor.</source>
        <translation>Cannot write the audit anchor.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::CheckOuts</name>
    <message>
        <source>no connection to the server was opened</source>
        <translation>no connection to the server was opened</translation>
    </message>
    <message>
        <source>The document does not exist.</source>
        <translation>The document does not exist.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no content to edit.</source>
        <translation>The document &quot;%1&quot; has no content to edit.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is closed and can no longer be changed.</source>
        <translation>The document &quot;%1&quot; is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The folder for the working copy cannot be created.</source>
        <translation>The folder for the working copy cannot be created.</translation>
    </message>
    <message>
        <source>The document is not checked out here.</source>
        <translation>The document is not checked out here.</translation>
    </message>
    <message>
        <source>The working copy %1 cannot be read.</source>
        <translation>The working copy %1 cannot be read.</translation>
    </message>
    <message>
        <source>The working copy cannot be read.</source>
        <translation>The working copy cannot be read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not checked out here. Check it out first (checkout).</source>
        <translation>&quot;%1&quot; is not checked out here. Check it out first (checkout).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>A check-out can only be broken while the server can be reached.</source>
        <translation>A check-out can only be broken while the server can be reached.</translation>
    </message>
    <message>
        <source>The document has no version %1.</source>
        <translation>The document has no version %1.</translation>
    </message>
    <message>
        <source>Restored from version %1</source>
        <translation>Restored from version %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Command</name>
    <message>
        <source>change a setting</source>
        <translation>change a setting</translation>
    </message>
    <message>
        <source>create a department</source>
        <translation>create a department</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>add a user</translation>
    </message>
    <message>
        <source>create a plan unit</source>
        <translation>create a plan unit</translation>
    </message>
    <message>
        <source>change a plan unit</source>
        <translation>change a plan unit</translation>
    </message>
    <message>
        <source>create a file</source>
        <translation>create a file</translation>
    </message>
    <message>
        <source>create a volume</source>
        <translation>create a volume</translation>
    </message>
    <message>
        <source>create a case</source>
        <translation>create a case</translation>
    </message>
    <message>
        <source>add a document</source>
        <translation>add a document</translation>
    </message>
    <message>
        <source>add a version</source>
        <translation>add a version</translation>
    </message>
    <message>
        <source>change fields</source>
        <translation>change fields</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>resolve a conflict</source>
        <translation>resolve a conflict</translation>
    </message>
    <message>
        <source>connect to the server</source>
        <translation>connect to the server</translation>
    </message>
    <message>
        <source>receive changes</source>
        <translation>receive changes</translation>
    </message>
    <message>
        <source>file into a case</source>
        <translation>file into a case</translation>
    </message>
    <message>
        <source>add a reference</source>
        <translation>add a reference</translation>
    </message>
    <message>
        <source>check out</source>
        <translation>check out</translation>
    </message>
    <message>
        <source>check in</source>
        <translation>check in</translation>
    </message>
    <message>
        <source>cancel a check-out</source>
        <translation>cancel a check-out</translation>
    </message>
    <message>
        <source>break a check-out</source>
        <translation>break a check-out</translation>
    </message>
    <message>
        <source>discard a refused change</source>
        <translation>discard a refused change</translation>
    </message>
    <message>
        <source>send a refused change again</source>
        <translation>send a refused change again</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1: „%2“</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>restore what was deleted</source>
        <translation>restore what was deleted</translation>
    </message>
    <message>
        <source>move a document</source>
        <translation>move a document</translation>
    </message>
    <message>
        <source>move a case</source>
        <translation>move a case</translation>
    </message>
    <message>
        <source>share a file</source>
        <translation>share a file</translation>
    </message>
    <message>
        <source>end a share</source>
        <translation>end a share</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>department %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::CommandArgs</name>
    <message>
        <source>&quot;%1&quot; is not a valid id.</source>
        <translation>&quot;%1&quot; is not a valid id.</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>The title is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Known settings: %1</source>
        <translation>Known settings: %1</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is &quot;on&quot; or &quot;off&quot;.</source>
        <translation>The setting &quot;%1&quot; is &quot;on&quot; or &quot;off&quot;.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is a number from %2 to 100.</source>
        <translation>The setting &quot;%1&quot; is a number from %2 to 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid department code.</source>
        <translation>&quot;%1&quot; is not a valid department code.</translation>
    </message>
    <message>
        <source>The department %1 needs a name.</source>
        <translation>The department %1 needs a name.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level.</source>
        <translation>Unknown confidentiality level.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name.</source>
        <translation>&quot;%1&quot; is not a valid login name.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The retention period of %1 must be a number of years or &quot;unbefristet&quot;.</source>
        <translation>The retention period of %1 must be a number of years or &quot;unbefristet&quot;.</translation>
    </message>
    <message>
        <source>The disposal type of %1 must be A, B or V.</source>
        <translation>The disposal type of %1 must be A, B or V.</translation>
    </message>
    <message>
        <source>The retention period must be a number of years or &quot;unbefristet&quot;.</source>
        <translation>The retention period must be a number of years or &quot;unbefristet&quot;.</translation>
    </message>
    <message>
        <source>The disposal type must be A, B or V.</source>
        <translation>The disposal type must be A, B or V.</translation>
    </message>
    <message>
        <source>The file needs a title.</source>
        <translation>The file needs a title.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level &quot;%1&quot;.</source>
        <translation>Unknown confidentiality level &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <translation>The year %1 is not valid.</translation>
    </message>
    <message>
        <source>The volume needs a title.</source>
        <translation>The volume needs a title.</translation>
    </message>
    <message>
        <source>The case needs a title.</source>
        <translation>The case needs a title.</translation>
    </message>
    <message>
        <source>The content reference is not valid.</source>
        <translation>The content reference is not valid.</translation>
    </message>
    <message>
        <source>Unknown version origin.</source>
        <translation>Unknown version origin.</translation>
    </message>
    <message>
        <source>The document needs a title.</source>
        <translation>The document needs a title.</translation>
    </message>
    <message>
        <source>The id of the new document is not valid.</source>
        <translation>The id of the new document is not valid.</translation>
    </message>
    <message>
        <source>The working copy is not valid.</source>
        <translation>The working copy is not valid.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <source>Keep either &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>Keep either &quot;mine&quot; or &quot;theirs&quot;.</translation>
    </message>
    <message>
        <source>Name the refused change (its operation id).</source>
        <translation>Name the refused change (its operation id).</translation>
    </message>
    <message>
        <source>The server address and the user name are needed.</source>
        <translation>The server address and the user name are needed.</translation>
    </message>
    <message>
        <source>The server names an unknown role: %1</source>
        <translation>The server names an unknown role: %1</translation>
    </message>
    <message>
        <source>The server&apos;s user record has no valid id.</source>
        <translation>The server&apos;s user record has no valid id.</translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit trail.</source>
        <translation>Give a reason; it is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Choose the file to move the case into.</source>
        <translation>Choose the file to move the case into.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Choose the department.</translation>
    </message>
    <message>
        <source>The end of the share is not a date.</source>
        <translation>The end of the share is not a date.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ContentStore</name>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1.</source>
        <translation>Cannot open the folder %1.</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk.</source>
        <translation>Cannot flush the folder %1 to disk.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
    <message>
        <source>Cannot create a file in the content store.</source>
        <translation>Cannot create a file in the content store.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot write to the content store.</source>
        <translation>Cannot write to the content store.</translation>
    </message>
    <message>
        <source>Cannot flush the content to disk.</source>
        <translation>Cannot flush the content to disk.</translation>
    </message>
    <message>
        <source>Cannot store the content.</source>
        <translation>Cannot store the content.</translation>
    </message>
    <message>
        <source>The content %1 is missing from the content store.</source>
        <translation>The content %1 is missing from the content store.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its size is wrong.</source>
        <translation>The content %1 is damaged: its size is wrong.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its checksum is wrong.</source>
        <translation>The content %1 is damaged: its checksum is wrong.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its checksum is wrong. Nothing was written.</source>
        <translation>The content %1 is damaged: its checksum is wrong. Nothing was written.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Credentials</name>
    <message>
        <source>No keychain is available: the password will be asked each time.</source>
        <translation>No keychain is available: the password will be asked each time.</translation>
    </message>
    <message>
        <source>The keychain did not answer: the password will be asked each time.</source>
        <translation>The keychain did not answer: the password will be asked each time.</translation>
    </message>
    <message>
        <source>The keychain refused the password: it will be asked each time.</source>
        <translation>The keychain refused the password: it will be asked each time.</translation>
    </message>
    <message>
        <source>No keychain is available: enter the password.</source>
        <translation>No keychain is available: enter the password.</translation>
    </message>
    <message>
        <source>The keychain did not answer: enter the password.</source>
        <translation>The keychain did not answer: enter the password.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>No password is stored for %1.</translation>
    </message>
    <message>
        <source>The keychain could not be read: enter the password.</source>
        <translation>The keychain could not be read: enter the password.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Database</name>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The local index is busy. Try again in a moment.</source>
        <translation>The local index is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The local index is read-only.</source>
        <translation>The local index is read-only.</translation>
    </message>
    <message>
        <source>The local index cannot be read or written.</source>
        <translation>The local index cannot be read or written.</translation>
    </message>
    <message>
        <source>The local index is damaged.</source>
        <translation>The local index is damaged.</translation>
    </message>
    <message>
        <source>An entry with this key already exists.</source>
        <translation>An entry with this key already exists.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the local index.</source>
        <translation>The change breaks a rule of the local index.</translation>
    </message>
    <message>
        <source>The local index reported an error.</source>
        <translation>The local index reported an error.</translation>
    </message>
    <message>
        <source>The local index is not open.</source>
        <translation>The local index is not open.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::DemoData</name>
    <message>
        <source>The data folder already holds a file plan or files; demo data is only added to an empty folder.</source>
        <translation>The data folder already holds a file plan or files; demo data is only added to an empty folder.</translation>
    </message>
    <message>
        <source>The example file plan is missing.</source>
        <translation>The example file plan is missing.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Destruction</name>
    <message>
        <source>taken over by the archive as „%1“</source>
        <translation>taken over by the archive as „%1“</translation>
    </message>
    <message>
        <source>classed V (destroy), never offered</source>
        <translation>classed V (destroy), never offered</translation>
    </message>
    <message>
        <source>appraised V (destroy) by the archive</source>
        <translation>appraised V (destroy) by the archive</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Disposal</name>
    <message>
        <source>The message could not be written.</source>
        <translation>The message could not be written.</translation>
    </message>
    <message>
        <source>The hand-over to the archive is decided by the central repository: connect this data folder first.</source>
        <translation>The hand-over to the archive is decided by the central repository: connect this data folder first.</translation>
    </message>
    <message>
        <source>Name at least one file to offer.</source>
        <translation>Name at least one file to offer.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The offer list does not match the xdomea schema; nothing was sent.</source>
        <translation>The offer list does not match the xdomea schema; nothing was sent.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not named as an xdomea container is (&lt;ProzessID&gt;_&lt;message&gt;.zip).</source>
        <translation>%1 is not named as an xdomea container is (&lt;ProzessID&gt;_&lt;message&gt;.zip).</translation>
    </message>
    <message>
        <source>%1 has been read in already.</source>
        <translation>%1 has been read in already.</translation>
    </message>
    <message>
        <source>The message in %1 does not match the xdomea schema.</source>
        <translation>The message in %1 does not match the xdomea schema.</translation>
    </message>
    <message>
        <source>The appraisal in %1 names an object without a valid id or decides &quot;%2&quot; (A or V).</source>
        <translation>The appraisal in %1 names an object without a valid id or decides &quot;%2&quot; (A or V).</translation>
    </message>
    <message>
        <source>The message in %1 cannot be read.</source>
        <translation>The message in %1 cannot be read.</translation>
    </message>
    <message>
        <source>The message in %1 says it is a %2 but is a %3.</source>
        <translation>The message in %1 says it is a %2 but is a %3.</translation>
    </message>
    <message>
        <source>The message in %1 belongs to process %2, the container&apos;s name to %3.</source>
        <translation>The message in %1 belongs to process %2, the container&apos;s name to %3.</translation>
    </message>
    <message>
        <source>The confirmation does not match the xdomea schema; nothing was sent.</source>
        <translation>The confirmation does not match the xdomea schema; nothing was sent.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is not in this data folder; sync first.</source>
        <translation>Version %1 of &quot;%2&quot; is not in this data folder; sync first.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; has no PDF/A rendition: %3</source>
        <translation>Version %1 of &quot;%2&quot; has no PDF/A rendition: %3</translation>
    </message>
    <message>
        <source>There is no disposal process %1.</source>
        <translation>There is no disposal process %1.</translation>
    </message>
    <message>
        <source>The archive has appraised nothing of process %1 as worth keeping (A).</source>
        <translation>The archive has appraised nothing of process %1 as worth keeping (A).</translation>
    </message>
    <message>
        <source>The transfer does not match the xdomea schema; nothing was sent.</source>
        <translation>The transfer does not match the xdomea schema; nothing was sent.</translation>
    </message>
    <message>
        <source>The transfer names %1, which is not in its container.</source>
        <translation>The transfer names %1, which is not in its container.</translation>
    </message>
    <message>
        <source>The transfer&apos;s container holds files its message does not name.</source>
        <translation>The transfer&apos;s container holds files its message does not name.</translation>
    </message>
    <message>
        <source>%1 holds a message %2 (%3); from the archive this client reads 0504, 0502, 0507 and 0506.</source>
        <translation>%1 holds a message %2 (%3); from the archive this client reads 0504, 0502, 0507 and 0506.</translation>
    </message>
    <message>
        <source>The import confirmation in %1 names an object without a valid id.</source>
        <translation>The import confirmation in %1 names an object without a valid id.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are not in this data folder; sync first.</source>
        <translation>
            <numerusform>%n of the files are not in this data folder; sync first.</numerusform>
            <numerusform>%n of the files are not in this data folder; sync first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one file to transfer.</source>
        <translation>Name at least one file to transfer.</translation>
    </message>
    <message>
        <source>offered (0501)</source>
        <translation>offered (0501)</translation>
    </message>
    <message>
        <source>offer received by the archive (0504)</source>
        <translation>offer received by the archive (0504)</translation>
    </message>
    <message>
        <source>appraised by the archive (0502)</source>
        <translation>appraised by the archive (0502)</translation>
    </message>
    <message>
        <source>appraisal confirmed (0505)</source>
        <translation>appraisal confirmed (0505)</translation>
    </message>
    <message>
        <source>transferred (0503)</source>
        <translation>transferred (0503)</translation>
    </message>
    <message>
        <source>transfer received by the archive (0507)</source>
        <translation>transfer received by the archive (0507)</translation>
    </message>
    <message>
        <source>import confirmed by the archive (0506)</source>
        <translation>import confirmed by the archive (0506)</translation>
    </message>
    <message>
        <source>ended: every file destroyed</source>
        <translation>ended: every file destroyed</translation>
    </message>
    <message>
        <source>Wait for the archive&apos;s appraisal (0502) and read it in.</source>
        <translation>Wait for the archive&apos;s appraisal (0502) and read it in.</translation>
    </message>
    <message>
        <source>Confirm the appraisal (0505).</source>
        <translation>Confirm the appraisal (0505).</translation>
    </message>
    <message>
        <source>Transfer what the archive wants (0503); propose what it does not want for destruction.</source>
        <translation>Transfer what the archive wants (0503); propose what it does not want for destruction.</translation>
    </message>
    <message>
        <source>Wait for the archive&apos;s import confirmation (0506) and read it in.</source>
        <translation>Wait for the archive&apos;s import confirmation (0506) and read it in.</translation>
    </message>
    <message>
        <source>Wait for the archive&apos;s import confirmation (0506) and read it in; propose what it did not want for destruction.</source>
        <translation>Wait for the archive&apos;s import confirmation (0506) and read it in; propose what it did not want for destruction.</translation>
    </message>
    <message>
        <source>Propose what the archive took over for destruction.</source>
        <translation>Propose what the archive took over for destruction.</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <source>The program that reads the archive&apos;s containers (aktenwerk-xdomea) is not installed.</source>
        <translation>The program that reads the archive&apos;s containers (aktenwerk-xdomea) is not installed.</translation>
    </message>
    <message>
        <source>%1 cannot be started.</source>
        <translation>%1 cannot be started.</translation>
    </message>
    <message>
        <source>%1 could not be read in time: the container was refused.</source>
        <translation>%1 could not be read in time: the container was refused.</translation>
    </message>
    <message>
        <source>%1 could not be read: reading it went beyond the limits set for untrusted files (processor time, memory, size). The container was refused.</source>
        <translation>%1 could not be read: reading it went beyond the limits set for untrusted files (processor time, memory, size). The container was refused.</translation>
    </message>
    <message>
        <source>to the archive (A)</source>
        <translation>to the archive (A)</translation>
    </message>
    <message>
        <source>to be destroyed (V)</source>
        <translation>to be destroyed (V)</translation>
    </message>
    <message>
        <source>not appraised yet</source>
        <translation>not appraised yet</translation>
    </message>
    <message>
        <source>taken over as „%1“</source>
        <translation>taken over as „%1“</translation>
    </message>
    <message>
        <source>not taken over by the archive</source>
        <translation>not taken over by the archive</translation>
    </message>
    <message>
        <source>, destroyed here</source>
        <translation>, destroyed here</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::DocumentOcr</name>
    <message numerus="yes">
        <source>%n page(s) could not be recognised; nothing was stored.</source>
        <translation>
            <numerusform>%n page could not be recognised; nothing was stored.</numerusform>
            <numerusform>%n pages could not be recognised; nothing was stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>The data folder is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>The document has no content to recognise.</source>
        <translation>The document has no content to recognise.</translation>
    </message>
    <message>
        <source>No temporary folder for the OCR.</source>
        <translation>No temporary folder for the OCR.</translation>
    </message>
    <message>
        <source>The document is neither an image nor a PDF (%1); there is nothing to recognise.</source>
        <translation>The document is neither an image nor a PDF (%1); there is nothing to recognise.</translation>
    </message>
    <message>
        <source>The PDF already has text; it needs no OCR. To recognise one page again, use --page N.</source>
        <translation>The PDF already has text; it needs no OCR. To recognise one page again, use --page N.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s).</source>
        <translation>
            <numerusform>The document has %n page.</numerusform>
            <numerusform>The document has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>--page needs a PDF; recognise the whole image first (ocr without --page).</source>
        <translation>--page needs a PDF; recognise the whole image first (ocr without --page).</translation>
    </message>
    <message>
        <source>Text recognition cancelled; nothing was stored.</source>
        <translation>Text recognition cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>page %1: %2 %</source>
        <translation>page %1: %2 %</translation>
    </message>
    <message>
        <source> (low)</source>
        <translation> (low)</translation>
    </message>
    <message>
        <source>OCR (%1) of page %2 again: </source>
        <translation>OCR (%1) of page %2 again: </translation>
    </message>
    <message>
        <source>OCR (%1): </source>
        <translation>OCR (%1): </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Engine</name>
    <message>
        <source>The built-in metadata schemas are missing.</source>
        <translation>The built-in metadata schemas are missing.</translation>
    </message>
    <message>
        <source>There is no Aktenwerk data folder at %1. Create one with &quot;aktenwerk-cli init&quot;.</source>
        <translation>There is no Aktenwerk data folder at %1. Create one with &quot;aktenwerk-cli init&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Aktenwerk process (process %2 on %3). Close it first; the folder can still be opened read-only.</source>
        <translation>The data folder %1 is in use by another Aktenwerk process (process %2 on %3). Close it first; the folder can still be opened read-only.</translation>
    </message>
    <message>
        <source>There is no Aktenwerk index in %1. Create one with &quot;aktenwerk-cli init&quot;.</source>
        <translation>There is no Aktenwerk index in %1. Create one with &quot;aktenwerk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The index in %1 has schema %2, this version of Aktenwerk needs %3. Open it once for writing to update it.</source>
        <translation>The index in %1 has schema %2, this version of Aktenwerk needs %3. Open it once for writing to update it.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>The data folder is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Aktenwerk process. Close it first; the folder can still be opened read-only.</source>
        <translation>The data folder %1 is in use by another Aktenwerk process. Close it first; the folder can still be opened read-only.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Extractor</name>
    <message>
        <source>The text extraction program (aktenwerk-extract) is not installed.</source>
        <translation>The text extraction program (aktenwerk-extract) is not installed.</translation>
    </message>
    <message>
        <source>The text extraction program could not be started.</source>
        <translation>The text extraction program could not be started.</translation>
    </message>
    <message>
        <source>The extraction produced more output than allowed.</source>
        <translation>The extraction produced more output than allowed.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the file took longer than %n second(s); it was stopped.</source>
        <translation>
            <numerusform>Reading the file took longer than %n second; it was stopped.</numerusform>
            <numerusform>Reading the file took longer than %n seconds; it was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the file used more than %n second(s) of processor time; it was stopped.</source>
        <translation>
            <numerusform>Reading the file used more than %n second of processor time; it was stopped.</numerusform>
            <numerusform>Reading the file used more than %n seconds of processor time; it was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file made the text extraction fail (%1).</source>
        <translation>The file made the text extraction fail (%1).</translation>
    </message>
    <message>
        <source>The text extraction gave no readable answer.</source>
        <translation>The text extraction gave no readable answer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not a PDF, although it is named or typed as one.</source>
        <translation>The file is not a PDF, although it is named or typed as one.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>The PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; its text cannot be read.</source>
        <translation>The PDF is protected by a password; its text cannot be read.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
        <source>The message is nested deeper than %1 levels; the deeper parts were not read.</source>
        <translation>The message is nested deeper than %1 levels; the deeper parts were not read.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were not read.</source>
        <translation>The message has more than %1 parts; the rest were not read.</translation>
    </message>
    <message>
        <source>The message&apos;s parts are larger than %1 MiB together; the rest were not read.</source>
        <translation>The message&apos;s parts are larger than %1 MiB together; the rest were not read.</translation>
    </message>
    <message>
        <source>The message header is too large; only its beginning was read.</source>
        <translation>The message header is too large; only its beginning was read.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; is damaged (invalid base64); it was read as far as possible.</source>
        <translation>The part &quot;%1&quot; is damaged (invalid base64); it was read as far as possible.</translation>
    </message>
    <message>
        <source>The message has no header (no sender, no subject); it was read as plain text.</source>
        <translation>The message has no header (no sender, no subject); it was read as plain text.</translation>
    </message>
    <message>
        <source>Part of the message could not be read (%1).</source>
        <translation>Part of the message could not be read (%1).</translation>
    </message>
    <message>
        <source>The image is damaged or not an image of the kind its name says; it cannot be read.</source>
        <translation>The image is damaged or not an image of the kind its name says; it cannot be read.</translation>
    </message>
    <message>
        <source>The image is too large to be read (more pixels than allowed).</source>
        <translation>The image is too large to be read (more pixels than allowed).</translation>
    </message>
    <message>
        <source>The e-mail is larger than 128 MiB; it is stored, but not read.</source>
        <translation>The e-mail is larger than 128 MiB; it is stored, but not read.</translation>
    </message>
    <message>
        <source>The attachment is larger than the limit for one e-mail (%1 MiB); it was not imported. It is still inside the stored e-mail.</source>
        <translation>The attachment is larger than the limit for one e-mail (%1 MiB); it was not imported. It is still inside the stored e-mail.</translation>
    </message>
    <message>
        <source>The attachment is damaged (invalid base64); it was read as far as possible.</source>
        <translation>The attachment is damaged (invalid base64); it was read as far as possible.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::FolderLock</name>
    <message>
        <source>Cannot open the lock file %1: %2.</source>
        <translation>Cannot open the lock file %1: %2.</translation>
    </message>
    <message>
        <source>The lock file %1 is held by another process.</source>
        <translation>The lock file %1 is held by another process.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>Cannot lock %1: %2.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Importer</name>
    <message>
        <source>Attachment-%1</source>
        <translation>Attachment-%1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n document(s).</source>
        <translation>
            <numerusform>Cancelled after %n document.</numerusform>
            <numerusform>Cancelled after %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>The data folder is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No text is read from this kind of file.</source>
        <translation>No text is read from this kind of file.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan); text recognition (OCR) can read it.</source>
        <translation>The PDF has no text layer (a scan); text recognition (OCR) can read it.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) was cancelled; the document is stored as imported, without text.</source>
        <translation>Text recognition (OCR) was cancelled; the document is stored as imported, without text.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) was not possible: %1</source>
        <translation>Text recognition (OCR) was not possible: %1</translation>
    </message>
    <message>
        <source>Text recognised (OCR, confidence %1 %).</source>
        <translation>Text recognised (OCR, confidence %1 %).</translation>
    </message>
    <message>
        <source>Please check page(s) %1: the recognition is uncertain.</source>
        <translation>Please check page(s) %1: the recognition is uncertain.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>page %1: %2</translation>
    </message>
    <message>
        <source>Text recognition (OCR) failed (%1); the document is stored as imported, without text.</source>
        <translation>Text recognition (OCR) failed (%1); the document is stored as imported, without text.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) found no text.</source>
        <translation>Text recognition (OCR) found no text.</translation>
    </message>
    <message numerus="yes">
        <source>Attachments of e-mails forwarded more than %n level(s) deep are not imported separately; they stay inside the stored e-mail.</source>
        <translation>
            <numerusform>Attachments of e-mails forwarded more than %n level deep are not imported separately; they stay inside the stored e-mail.</numerusform>
            <numerusform>Attachments of e-mails forwarded more than %n levels deep are not imported separately; they stay inside the stored e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder for the e-mail&apos;s attachments.</source>
        <translation>No temporary folder for the e-mail&apos;s attachments.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>The attachment is empty.</translation>
    </message>
    <message>
        <source>The attachment could not be written to a temporary file: %1</source>
        <translation>The attachment could not be written to a temporary file: %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Migrations</name>
    <message>
        <source>The local index was written by a newer version of Aktenwerk (schema %1; this version knows up to %2). Update Aktenwerk.</source>
        <translation>The local index was written by a newer version of Aktenwerk (schema %1; this version knows up to %2). Update Aktenwerk.</translation>
    </message>
    <message>
        <source>Updating the local index to schema %1 failed.</source>
        <translation>Updating the local index to schema %1 failed.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Ocr</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>The file cannot be opened (%1).</translation>
    </message>
    <message>
        <source>The page is not a readable image (PNG, TIFF, PNM or JPEG), or it is damaged.</source>
        <translation>The page is not a readable image (PNG, TIFF, PNM or JPEG), or it is damaged.</translation>
    </message>
    <message>
        <source>The page is too large to be recognised (more pixels than allowed).</source>
        <translation>The page is too large to be recognised (more pixels than allowed).</translation>
    </message>
    <message>
        <source>The file is not a PDF, although it is typed as one.</source>
        <translation>The file is not a PDF, although it is typed as one.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>The PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
    <message>
        <source>The file has no page %1.</source>
        <translation>The file has no page %1.</translation>
    </message>
    <message>
        <source>The OCR languages %1 are not installed (tesseract-ocr-deu, tesseract-ocr-eng).</source>
        <translation>The OCR languages %1 are not installed (tesseract-ocr-deu, tesseract-ocr-eng).</translation>
    </message>
    <message>
        <source>The page could not be recognised (%1).</source>
        <translation>The page could not be recognised (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Recognising the page took longer than %n second(s); it was stopped.</source>
        <translation>
            <numerusform>Recognising the page took longer than %n second; it was stopped.</numerusform>
            <numerusform>Recognising the page took longer than %n seconds; it was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognising the page used more than %n second(s) of processor time; it was stopped.</source>
        <translation>
            <numerusform>Recognising the page used more than %n second of processor time; it was stopped.</numerusform>
            <numerusform>Recognising the page used more than %n seconds of processor time; it was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page made the OCR program fail (%1).</source>
        <translation>The page made the OCR program fail (%1).</translation>
    </message>
    <message>
        <source>The OCR program gave no readable answer.</source>
        <translation>The OCR program gave no readable answer.</translation>
    </message>
    <message>
        <source>The OCR program (aktenwerk-ocr) is not installed.</source>
        <translation>The OCR program (aktenwerk-ocr) is not installed.</translation>
    </message>
    <message>
        <source>The OCR program could not be started.</source>
        <translation>The OCR program could not be started.</translation>
    </message>
    <message>
        <source>The recognised pages could not be joined into one PDF.</source>
        <translation>The recognised pages could not be joined into one PDF.</translation>
    </message>
    <message>
        <source>The searchable PDF could not be written to %1.</source>
        <translation>The searchable PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>The page has too little text to tell how it stands.</source>
        <translation>The page has too little text to tell how it stands.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PdfA</name>
    <message>
        <source>PDF/A renditions need Ghostscript, pdffonts and qpdf (missing: %1).</source>
        <translation>PDF/A renditions need Ghostscript, pdffonts and qpdf (missing: %1).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a PDF.</source>
        <translation>%1 is not a PDF.</translation>
    </message>
    <message>
        <source>%1 could not be rendered as PDF/A: it has no readable pages.</source>
        <translation>%1 could not be rendered as PDF/A: it has no readable pages.</translation>
    </message>
    <message>
        <source>A working folder beside %1 cannot be created.</source>
        <translation>A working folder beside %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 could not be rendered as PDF/A within the time allowed.</source>
        <translation>%1 could not be rendered as PDF/A within the time allowed.</translation>
    </message>
    <message>
        <source>%1 could not be rendered as PDF/A: Ghostscript refused it.</source>
        <translation>%1 could not be rendered as PDF/A: Ghostscript refused it.</translation>
    </message>
    <message>
        <source>The PDF/A rendition of %1 lost pages (%2 of %3).</source>
        <translation>The PDF/A rendition of %1 lost pages (%2 of %3).</translation>
    </message>
    <message>
        <source>The PDF/A rendition of %1 fails its checks.</source>
        <translation>The PDF/A rendition of %1 fails its checks.</translation>
    </message>
    <message>
        <source>PDF/A checks need pdffonts and qpdf (missing: %1).</source>
        <translation>PDF/A checks need pdffonts and qpdf (missing: %1).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 does not claim PDF/A-2b in its metadata.</source>
        <translation>%1 does not claim PDF/A-2b in its metadata.</translation>
    </message>
    <message>
        <source>pdffonts cannot read %1.</source>
        <translation>pdffonts cannot read %1.</translation>
    </message>
    <message>
        <source>Fonts not embedded in %1: %2.</source>
        <translation>Fonts not embedded in %1: %2.</translation>
    </message>
    <message>
        <source>%1 is encrypted or cannot be read.</source>
        <translation>%1 is encrypted or cannot be read.</translation>
    </message>
    <message>
        <source>qpdf finds errors in %1.</source>
        <translation>qpdf finds errors in %1.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PgConnection</name>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent later.</source>
        <translation>The server cannot be reached. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>The server refused the login: user name or password is wrong.</source>
        <translation>The server refused the login: user name or password is wrong.</translation>
    </message>
    <message>
        <source>The server does not allow this change for your account.</source>
        <translation>The server does not allow this change for your account.</translation>
    </message>
    <message>
        <source>The server already has an entry with this key.</source>
        <translation>The server already has an entry with this key.</translation>
    </message>
    <message>
        <source>A concurrent change on the server got in the way; it will be retried.</source>
        <translation>A concurrent change on the server got in the way; it will be retried.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full.</source>
        <translation>The server&apos;s disk is full.</translation>
    </message>
    <message>
        <source>The server refused the data.</source>
        <translation>The server refused the data.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>The server reported an error.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PlanExport</name>
    <message>
        <source>File plan</source>
        <translation>File plan</translation>
    </message>
    <message>
        <source>The file plan could not be written.</source>
        <translation>The file plan could not be written.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The file plan does not match the xdomea schema; nothing was written.</source>
        <translation>The file plan does not match the xdomea schema; nothing was written.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PlanImporter</name>
    <message>
        <source>The file plan holds no units.</source>
        <translation>The file plan holds no units.</translation>
    </message>
    <message>
        <source>Entry %1: the plan code &quot;%2&quot; is not valid: use digits in groups separated by dots, e.g. 63.01.02.</source>
        <translation>Entry %1: the plan code &quot;%2&quot; is not valid: use digits in groups separated by dots, e.g. 63.01.02.</translation>
    </message>
    <message>
        <source>Entry %1: the plan code %2 appears twice (first in entry %3).</source>
        <translation>Entry %1: the plan code %2 appears twice (first in entry %3).</translation>
    </message>
    <message>
        <source>Entry %1: the plan unit %2 has no title.</source>
        <translation>Entry %1: the plan unit %2 has no title.</translation>
    </message>
    <message>
        <source>Entry %1: the parent code %2 of %3 is unknown.</source>
        <translation>Entry %1: the parent code %2 of %3 is unknown.</translation>
    </message>
    <message>
        <source>Entry %1: the plan code %2 does not extend the code of its parent unit %3.</source>
        <translation>Entry %1: the plan code %2 does not extend the code of its parent unit %3.</translation>
    </message>
    <message>
        <source>Entry %1: the parent unit %2 must come before %3.</source>
        <translation>Entry %1: the parent unit %2 must come before %3.</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Department %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PlanReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a file plan.</source>
        <translation>The file %1 is too large for a file plan.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>The file plan is not UTF-8 text.</source>
        <translation>The file plan is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
    <message>
        <source>Line %1: unknown column &quot;%2&quot;.</source>
        <translation>Line %1: unknown column &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The header row lacks the column &quot;%1&quot;.</source>
        <translation>The header row lacks the column &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the retention &quot;%2&quot; is not a number of years or &quot;unbefristet&quot;.</source>
        <translation>Line %1: the retention &quot;%2&quot; is not a number of years or &quot;unbefristet&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the disposal type &quot;%2&quot; must be A, B or V.</source>
        <translation>Line %1: the disposal type &quot;%2&quot; must be A, B or V.</translation>
    </message>
    <message>
        <source>Line %1: &quot;retired&quot; must be 0 or 1.</source>
        <translation>Line %1: &quot;retired&quot; must be 0 or 1.</translation>
    </message>
    <message>
        <source>The file plan is empty.</source>
        <translation>The file plan is empty.</translation>
    </message>
    <message>
        <source>The file plan is not valid JSON (at byte %1).</source>
        <translation>The file plan is not valid JSON (at byte %1).</translation>
    </message>
    <message>
        <source>The JSON file is not an Aktenwerk file plan (&quot;format&quot;: &quot;aktenwerk-plan&quot; is missing).</source>
        <translation>The JSON file is not an Aktenwerk file plan (&quot;format&quot;: &quot;aktenwerk-plan&quot; is missing).</translation>
    </message>
    <message>
        <source>This version of the file plan format is not supported.</source>
        <translation>This version of the file plan format is not supported.</translation>
    </message>
    <message>
        <source>A department in the file plan lacks its code, its name or a valid confidentiality level.</source>
        <translation>A department in the file plan lacks its code, its name or a valid confidentiality level.</translation>
    </message>
    <message>
        <source>The file plan is nested too deeply.</source>
        <translation>The file plan is nested too deeply.</translation>
    </message>
    <message>
        <source>Unit %1: the retention must be a number of years or &quot;unbefristet&quot;.</source>
        <translation>Unit %1: the retention must be a number of years or &quot;unbefristet&quot;.</translation>
    </message>
    <message>
        <source>Unit %1: the disposal type must be A, B or V.</source>
        <translation>Unit %1: the disposal type must be A, B or V.</translation>
    </message>
    <message>
        <source>The file is not a readable XML document.</source>
        <translation>The file is not a readable XML document.</translation>
    </message>
    <message>
        <source>The XML file is not an xdomea file plan message (Aktenplan.Aktenplan.0301).</source>
        <translation>The XML file is not an xdomea file plan message (Aktenplan.Aktenplan.0301).</translation>
    </message>
    <message>
        <source>Line %1: &lt;Stillgelegt&gt; must be 0 or 1.</source>
        <translation>Line %1: &lt;Stillgelegt&gt; must be 0 or 1.</translation>
    </message>
    <message>
        <source>Line %1: the Aussonderungsart &quot;%2&quot; must be A, B or V.</source>
        <translation>Line %1: the Aussonderungsart &quot;%2&quot; must be A, B or V.</translation>
    </message>
    <message>
        <source>Line %1: the Aufbewahrungsdauer is not valid.</source>
        <translation>Line %1: the Aufbewahrungsdauer is not valid.</translation>
    </message>
    <message>
        <source>Line %1: a unit of the file plan has no Kennzeichen.</source>
        <translation>Line %1: a unit of the file plan has no Kennzeichen.</translation>
    </message>
    <message>
        <source>The xdomea message is not well-formed XML (line %1).</source>
        <translation>The xdomea message is not well-formed XML (line %1).</translation>
    </message>
    <message>
        <source>Line %1: the unit %2 lacks its Aufbewahrungsdauer or Aussonderungsart.</source>
        <translation>Line %1: the unit %2 lacks its Aufbewahrungsdauer or Aussonderungsart.</translation>
    </message>
    <message>
        <source>The message type is %1, not 0301 (file plan).</source>
        <translation>The message type is %1, not 0301 (file plan).</translation>
    </message>
    <message>
        <source>The xdomea message holds no file plan units.</source>
        <translation>The xdomea message holds no file plan units.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::PullMerge</name>
    <message>
        <source>The plan code %1 belongs to two different units here and on the server.</source>
        <translation>The plan code %1 belongs to two different units here and on the server.</translation>
    </message>
    <message>
        <source>The content of a version from the server is missing locally.</source>
        <translation>The content of a version from the server is missing locally.</translation>
    </message>
    <message>
        <source>Unknown table from the server.</source>
        <translation>Unknown table from the server.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Purge</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::RecordKeeping</name>
    <message>
        <source>Closing, retention and holds are decided by the central repository: connect this data folder first.</source>
        <translation>Closing, retention and holds are decided by the central repository: connect this data folder first.</translation>
    </message>
    <message>
        <source>There is no file or case %1 here.</source>
        <translation>There is no file or case %1 here.</translation>
    </message>
    <message>
        <source>Disposal list</source>
        <translation>Disposal list</translation>
    </message>
    <message>
        <source>Disposal list: due by %1</source>
        <translation>Disposal list: due by %1</translation>
    </message>
    <message numerus="yes">
        <source>Closed files whose retention has ended, without legal hold%1. As of %2: %n file(s).</source>
        <translation>
            <numerusform>Closed files whose retention has ended, without legal hold%1. As of %2: %n file.</numerusform>
            <numerusform>Closed files whose retention has ended, without legal hold%1. As of %2: %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 (FB %3): closed on %4, retention %5 until %6; disposal: %7</source>
        <translation>%1 – %2 (FB %3): closed on %4, retention %5 until %6; disposal: %7</translation>
    </message>
    <message>
        <source>Reference;Title;Department;Closed on;Retention;Retention ends;Disposal</source>
        <translation>Reference;Title;Department;Closed on;Retention;Retention ends;Disposal</translation>
    </message>
    <message>
        <source>The list could not be written to %1.</source>
        <translation>The list could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Routing</name>
    <message>
        <source>&quot;%1&quot; is no step: write ACTION=ADDRESSEE[,ADDRESSEE…][@YYYY-MM-DD].</source>
        <translation>&quot;%1&quot; is no step: write ACTION=ADDRESSEE[,ADDRESSEE…][@YYYY-MM-DD].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no kind of step: kenntnisnahme, mitzeichnung, zeichnung or bearbeitung.</source>
        <translation>&quot;%1&quot; is no kind of step: kenntnisnahme, mitzeichnung, zeichnung or bearbeitung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no addressee: a login, unit:CODE or lead:CODE.</source>
        <translation>&quot;%1&quot; is no addressee: a login, unit:CODE or lead:CODE.</translation>
    </message>
    <message>
        <source>A route needs at least one step.</source>
        <translation>A route needs at least one step.</translation>
    </message>
    <message>
        <source>Routing works with the central repository: connect this data folder first.</source>
        <translation>Routing works with the central repository: connect this data folder first.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>unit %1 (%2)</source>
        <translation>unit %1 (%2)</translation>
    </message>
    <message>
        <source>team lead of %1</source>
        <translation>team lead of %1</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>sent back</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled (sent back)</source>
        <translation>cancelled (sent back)</translation>
    </message>
    <message>
        <source>ended (sent back)</source>
        <translation>ended (sent back)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>The document is not (or no longer) visible to you.</source>
        <translation>The document is not (or no longer) visible to you.</translation>
    </message>
    <message>
        <source>The server named no valid content.</source>
        <translation>The server named no valid content.</translation>
    </message>
    <message>
        <source>The cache folder cannot be made.</source>
        <translation>The cache folder cannot be made.</translation>
    </message>
    <message>
        <source>The cache folder cannot be written.</source>
        <translation>The cache folder cannot be written.</translation>
    </message>
    <message>
        <source>The content from the server does not match its hash.</source>
        <translation>The content from the server does not match its hash.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>Routing slip: %1</source>
        <translation>Routing slip: %1</translation>
    </message>
    <message>
        <source>Routing slip (Laufzettel)</source>
        <translation>Routing slip (Laufzettel)</translation>
    </message>
    <message>
        <source>Routed: %1</source>
        <translation>Routed: %1</translation>
    </message>
    <message>
        <source>Started by %1 on %2%3; status: %4%5</source>
        <translation>Started by %1 on %2%3; status: %4%5</translation>
    </message>
    <message>
        <source>, template &quot;%1&quot;</source>
        <translation>, template &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Routed version, SHA-256: %1</source>
        <translation>Routed version, SHA-256: %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <source>Instruction: %1</source>
        <translation>Instruction: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>%1 i. V. for %2</source>
        <translation>%1 i. V. for %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Remark: „%1“</source>
        <translation>Remark: „%1“</translation>
    </message>
    <message>
        <source>Acted on SHA-256: %1</source>
        <translation>Acted on SHA-256: %1</translation>
    </message>
    <message>
        <source>Printed on %1 from the record of the central repository.</source>
        <translation>Printed on %1 from the record of the central repository.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: write the deadline as YYYY-MM-DD or +DAYS.</source>
        <translation>&quot;%1&quot; is no date: write the deadline as YYYY-MM-DD or +DAYS.</translation>
    </message>
    <message>
        <source>A template&apos;s deadline is days after the start: write @+DAYS.</source>
        <translation>A template&apos;s deadline is days after the start: write @+DAYS.</translation>
    </message>
    <message>
        <source>i. V. for %1</source>
        <translation>i. V. for %1</translation>
    </message>
    <message>
        <source>overdue with %1</source>
        <translation>overdue with %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ScanFiling</name>
    <message>
        <source>No temporary folder for the scan product.</source>
        <translation>No temporary folder for the scan product.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>page %1: %2</translation>
    </message>
    <message>
        <source>The scan product could not be made; nothing of it was stored.</source>
        <translation>The scan product could not be made; nothing of it was stored.</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Scan of %1</translation>
    </message>
    <message>
        <source>The transfer note is incomplete.</source>
        <translation>The transfer note is incomplete.</translation>
    </message>
    <message>
        <source>Page review: %1.</source>
        <translation>Page review: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) recognised; OCR confidence per page: %1.</source>
        <translation>
            <numerusform>%n page recognised; OCR confidence per page: %1.</numerusform>
            <numerusform>%n pages recognised; OCR confidence per page: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) recognised; OCR confidence per page: %1; to be reviewed (low confidence): page %2.</source>
        <translation>
            <numerusform>%n page recognised; OCR confidence per page: %1; to be reviewed (low confidence): page %2.</numerusform>
            <numerusform>%n pages recognised; OCR confidence per page: %1; to be reviewed (low confidence): page %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Scanner</name>
    <message>
        <source>The scanning program (aktenwerk-scan) is not installed.</source>
        <translation>The scanning program (aktenwerk-scan) is not installed.</translation>
    </message>
    <message>
        <source>The scanning program could not be started.</source>
        <translation>The scanning program could not be started.</translation>
    </message>
    <message numerus="yes">
        <source>The scanners did not answer within %n second(s).</source>
        <translation>
            <numerusform>The scanners did not answer within %n second.</numerusform>
            <numerusform>The scanners did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner driver crashed.</source>
        <translation>The scanner driver crashed.</translation>
    </message>
    <message>
        <source>The paper jammed in the scanner. Clear the feeder and scan the remaining pages again.</source>
        <translation>The paper jammed in the scanner. Clear the feeder and scan the remaining pages again.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>The scanner&apos;s cover is open. Close it and scan again.</translation>
    </message>
    <message>
        <source>There is nothing in the feeder. Put the pages in and scan again.</source>
        <translation>There is nothing in the feeder. Put the pages in and scan again.</translation>
    </message>
    <message>
        <source>The feeder is empty.</source>
        <translation>The feeder is empty.</translation>
    </message>
    <message>
        <source>The scanner is busy (perhaps another program is using it). Try again in a moment.</source>
        <translation>The scanner is busy (perhaps another program is using it). Try again in a moment.</translation>
    </message>
    <message>
        <source>The connection to the scanner failed (switched off or unplugged?).</source>
        <translation>The connection to the scanner failed (switched off or unplugged?).</translation>
    </message>
    <message>
        <source>The scanner cannot be found. Check that it is switched on and connected.</source>
        <translation>The scanner cannot be found. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
    </message>
    <message>
        <source>The scanner does not offer the chosen paper source.</source>
        <translation>The scanner does not offer the chosen paper source.</translation>
    </message>
    <message>
        <source>The scanner does not offer the chosen colour mode.</source>
        <translation>The scanner does not offer the chosen colour mode.</translation>
    </message>
    <message>
        <source>The scanner does not offer the chosen resolution.</source>
        <translation>The scanner does not offer the chosen resolution.</translation>
    </message>
    <message>
        <source>A scanned page could not be saved (is the disk full?).</source>
        <translation>A scanned page could not be saved (is the disk full?).</translation>
    </message>
    <message>
        <source>The scanner ran out of memory. Try a lower resolution.</source>
        <translation>The scanner ran out of memory. Try a lower resolution.</translation>
    </message>
    <message>
        <source>Access to the scanner was denied.</source>
        <translation>Access to the scanner was denied.</translation>
    </message>
    <message>
        <source>The scanner is warming up. Try again in a moment.</source>
        <translation>The scanner is warming up. Try again in a moment.</translation>
    </message>
    <message>
        <source>The scanner is locked for transport. Unlock it and scan again.</source>
        <translation>The scanner is locked for transport. Unlock it and scan again.</translation>
    </message>
    <message>
        <source>The scanner does not support this kind of scan.</source>
        <translation>The scanner does not support this kind of scan.</translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>The scan failed.</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>The %n page scanned before are kept.</numerusform>
            <numerusform>The %n pages scanned before are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanners could not be listed.</source>
        <translation>The scanners could not be listed.</translation>
    </message>
    <message>
        <source>The scanner gave no answer.</source>
        <translation>The scanner gave no answer.</translation>
    </message>
    <message>
        <source>The folder for the scanned pages cannot be created.</source>
        <translation>The folder for the scanned pages cannot be created.</translation>
    </message>
    <message>
        <source>The scanner stopped responding; the scan was stopped.</source>
        <translation>The scanner stopped responding; the scan was stopped.</translation>
    </message>
    <message>
        <source>The scanning program stopped unexpectedly (a fault in the scanner driver).</source>
        <translation>The scanning program stopped unexpectedly (a fault in the scanner driver).</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Search::Query</name>
    <message>
        <source>A search for the beginning of a word needs at least three letters: %1</source>
        <translation>A search for the beginning of a word needs at least three letters: %1</translation>
    </message>
    <message>
        <source>A filter cannot be excluded: -%1:%2</source>
        <translation>A filter cannot be excluded: -%1:%2</translation>
    </message>
    <message>
        <source>Say what to look for, not only what to leave out.</source>
        <translation>Say what to look for, not only what to leave out.</translation>
    </message>
    <message>
        <source>Enter something to search for.</source>
        <translation>Enter something to search for.</translation>
    </message>
    <message>
        <source>Write the year with four digits: %1</source>
        <translation>Write the year with four digits: %1</translation>
    </message>
    <message>
        <source>Write dates as DD.MM.YYYY or YYYY-MM-DD: %1</source>
        <translation>Write dates as DD.MM.YYYY or YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>Unknown search field &quot;%1&quot;. Known: az, titel, typ, fb, status, jahr, absender, von, bis (or in English: title, type, dept, year, sender, from, to).</source>
        <translation>Unknown search field &quot;%1&quot;. Known: az, titel, typ, fb, status, jahr, absender, von, bis (or in English: title, type, dept, year, sender, from, to).</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Search::SearchIndex</name>
    <message>
        <source>The text is larger than %1 MiB; it is not indexed.</source>
        <translation>The text is larger than %1 MiB; it is not indexed.</translation>
    </message>
    <message>
        <source>The search could not be read.</source>
        <translation>The search could not be read.</translation>
    </message>
    <message>
        <source>An image is stored without text for now; text recognition (OCR) will read it later.</source>
        <translation>An image is stored without text for now; text recognition (OCR) will read it later.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ServerAdmin</name>
    <message>
        <source>The database has no Aktenwerk repository. An administrator sets it up with &quot;aktenwerk-cli server init&quot;.</source>
        <translation>The database has no Aktenwerk repository. An administrator sets it up with &quot;aktenwerk-cli server init&quot;.</translation>
    </message>
    <message>
        <source>&quot;server init&quot; needs the database owner with the right to create roles (CREATEROLE).</source>
        <translation>&quot;server init&quot; needs the database owner with the right to create roles (CREATEROLE).</translation>
    </message>
    <message>
        <source>Updating the server to schema %1 failed.</source>
        <translation>Updating the server to schema %1 failed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid department code.</source>
        <translation>&quot;%1&quot; is not a valid department code.</translation>
    </message>
    <message>
        <source>The department %1 needs a name.</source>
        <translation>The department %1 needs a name.</translation>
    </message>
    <message>
        <source>The department %1 exists already.</source>
        <translation>The department %1 exists already.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; is not a valid login name: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>The user %1 exists already.</translation>
    </message>
    <message>
        <source>The department %1 does not exist on the server.</source>
        <translation>The department %1 does not exist on the server.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unit code: letters, digits, &apos;.&apos;, &apos;/&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; is not a valid unit code: letters, digits, &apos;.&apos;, &apos;/&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The unit %1 needs a name.</source>
        <translation>The unit %1 needs a name.</translation>
    </message>
    <message>
        <source>There is no unit %1 to put %2 below.</source>
        <translation>There is no unit %1 to put %2 below.</translation>
    </message>
    <message>
        <source>The unit %1 cannot be saved</source>
        <translation>The unit %1 cannot be saved</translation>
    </message>
    <message>
        <source>The unit %1 below %2 needs a department (--department CODE).</source>
        <translation>The unit %1 below %2 needs a department (--department CODE).</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>The user %1 cannot be changed</source>
        <translation>The user %1 cannot be changed</translation>
    </message>
    <message>
        <source>The grace period is 0 to 365 days.</source>
        <translation>The grace period is 0 to 365 days.</translation>
    </message>
    <message>
        <source>Only records officers keep the records of further departments.</source>
        <translation>Only records officers keep the records of further departments.</translation>
    </message>
    <message>
        <source>Say what changes: --unit, --department, --role or --records-for.</source>
        <translation>Say what changes: --unit, --department, --role or --records-for.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::ServerAudit</name>
    <message>
        <source>The audit trail does not start at its beginning: events 1 to %1 are missing (deleted).</source>
        <translation>The audit trail does not start at its beginning: events 1 to %1 are missing (deleted).</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing (deleted).</source>
        <translation>Events %1 to %2 are missing (deleted).</translation>
    </message>
    <message>
        <source>Event %1 does not match its hash: it was changed after it was written, or moved here from another position.</source>
        <translation>Event %1 does not match its hash: it was changed after it was written, or moved here from another position.</translation>
    </message>
    <message>
        <source>Event %1 does not continue the chain: an event before it was removed, inserted or rewritten.</source>
        <translation>Event %1 does not continue the chain: an event before it was removed, inserted or rewritten.</translation>
    </message>
    <message>
        <source>Event %1 records a change that the server has no record of: it was added afterwards.</source>
        <translation>Event %1 records a change that the server has no record of: it was added afterwards.</translation>
    </message>
    <message>
        <source>Event %1 differs from the head anchored on %2: the audit trail was rewritten from there on.</source>
        <translation>Event %1 differs from the head anchored on %2: the audit trail was rewritten from there on.</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but event %2 was anchored on %3: events %4 to %2 were removed.</source>
        <translation>The audit trail ends at event %1, but event %2 was anchored on %3: events %4 to %2 were removed.</translation>
    </message>
    <message>
        <source>%1 changes applied by the server have no audit event (the first of %2): events were removed.</source>
        <translation>%1 changes applied by the server have no audit event (the first of %2): events were removed.</translation>
    </message>
    <message>
        <source>Cannot read the anchor file %1.</source>
        <translation>Cannot read the anchor file %1.</translation>
    </message>
    <message>
        <source>The anchor file %1 has a line that is not &quot;seq hash time&quot;.</source>
        <translation>The anchor file %1 has a line that is not &quot;seq hash time&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the anchor file %1.</source>
        <translation>Cannot write the anchor file %1.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::SyncEngine</name>
    <message>
        <source>This data folder works locally. Connect it to the server first (&quot;aktenwerk-cli connect&quot;).</source>
        <translation>This data folder works locally. Connect it to the server first (&quot;aktenwerk-cli connect&quot;).</translation>
    </message>
    <message>
        <source>The server has repository schema %1, this Aktenwerk needs %2. Ask the administrator to run &quot;aktenwerk-cli server init&quot; or update Aktenwerk.</source>
        <translation>The server has repository schema %1, this Aktenwerk needs %2. Ask the administrator to run &quot;aktenwerk-cli server init&quot; or update Aktenwerk.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The content %1 is missing from the content store.</source>
        <translation>The content %1 is missing from the content store.</translation>
    </message>
    <message>
        <source>Cannot read the content %1.</source>
        <translation>Cannot read the content %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>The content %1 is damaged: its checksum is wrong.</source>
        <translation>The content %1 is damaged: its checksum is wrong.</translation>
    </message>
    <message>
        <source>The content %1 is not complete on the server yet.</source>
        <translation>The content %1 is not complete on the server yet.</translation>
    </message>
    <message>
        <source>Cannot write to the content store.</source>
        <translation>Cannot write to the content store.</translation>
    </message>
    <message>
        <source>A part of the content %1 is missing on the server.</source>
        <translation>A part of the content %1 is missing on the server.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The content %1 from the server does not match its checksum; it was not stored.</source>
        <translation>The content %1 from the server does not match its checksum; it was not stored.</translation>
    </message>
    <message>
        <source>The document is checked out by %1 since %2. You can read it; you can edit it once it is checked in.</source>
        <translation>The document is checked out by %1 since %2. You can read it; you can edit it once it is checked in.</translation>
    </message>
    <message>
        <source>%1 broke your check-out of &quot;%2&quot; on %3; your working copy is kept.</source>
        <translation>%1 broke your check-out of &quot;%2&quot; on %3; your working copy is kept.</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 changes.</source>
        <translation>The server answered %1 of %2 changes.</translation>
    </message>
    <message>
        <source>The content %1 reached the server damaged; it is sent again with the next sync.</source>
        <translation>The content %1 reached the server damaged; it is sent again with the next sync.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Verifier</name>
    <message>
        <source>The audit anchor %1 is missing: events removed from the end could not be detected.</source>
        <translation>The audit anchor %1 is missing: events removed from the end could not be detected.</translation>
    </message>
    <message>
        <source>the transfer note names another document (%1)</source>
        <translation>the transfer note names another document (%1)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::VersionText</name>
    <message>
        <source>Version %1 is larger than %2 MiB; its text is not compared.</source>
        <translation>Version %1 is larger than %2 MiB; its text is not compared.</translation>
    </message>
    <message>
        <source>No text could be read from version %1: %2</source>
        <translation>No text could be read from version %1: %2</translation>
    </message>
    <message>
        <source>Version %1 is a kind of file without text (%2).</source>
        <translation>Version %1 is a kind of file without text (%2).</translation>
    </message>
    <message>
        <source>No temporary folder for the comparison.</source>
        <translation>No temporary folder for the comparison.</translation>
    </message>
    <message>
        <source>The text of version %1 is too large to compare.</source>
        <translation>The text of version %1 is too large to compare.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::WatchFolder</name>
    <message>
        <source>The watched folder %1 does not exist.</source>
        <translation>The watched folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Imported, but it could not be moved out of the watched folder.</source>
        <translation>Imported, but it could not be moved out of the watched folder.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::Writer</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>Unknown kind of change.</source>
        <translation>Unknown kind of change.</translation>
    </message>
    <message>
        <source>You may not %1: this needs the role %2.</source>
        <translation>You may not %1: this needs the role %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is closed (z.d.A.) and can no longer be changed.</source>
        <translation>The file %1 is closed (z.d.A.) and can no longer be changed.</translation>
    </message>
    <message>
        <source>Metadata fields need a type (for example &quot;Bauakte&quot;) that defines them.</source>
        <translation>Metadata fields need a type (for example &quot;Bauakte&quot;) that defines them.</translation>
    </message>
    <message>
        <source>The department %1 defines no type &quot;%2&quot;.</source>
        <translation>The department %1 defines no type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The department %1 defines no type &quot;%2&quot;. Known types: %3.</source>
        <translation>The department %1 defines no type &quot;%2&quot;. Known types: %3.</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>create departments</source>
        <translation>create departments</translation>
    </message>
    <message>
        <source>The department %1 exists already.</source>
        <translation>The department %1 exists already.</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>add users</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>The user %1 exists already.</translation>
    </message>
    <message>
        <source>change the file plan</source>
        <translation>change the file plan</translation>
    </message>
    <message>
        <source>The plan code %1 exists already.</source>
        <translation>The plan code %1 exists already.</translation>
    </message>
    <message>
        <source>The parent plan code %1 of %2 does not exist.</source>
        <translation>The parent plan code %1 of %2 does not exist.</translation>
    </message>
    <message>
        <source>The department %1 of plan unit %2 does not exist.</source>
        <translation>The department %1 of plan unit %2 does not exist.</translation>
    </message>
    <message>
        <source>The plan unit does not exist.</source>
        <translation>The plan unit does not exist.</translation>
    </message>
    <message>
        <source>The code of a plan unit cannot change: file references are built from it.</source>
        <translation>The code of a plan unit cannot change: file references are built from it.</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>create files</translation>
    </message>
    <message>
        <source>The plan code %1 does not exist in the file plan.</source>
        <translation>The plan code %1 does not exist in the file plan.</translation>
    </message>
    <message>
        <source>The plan unit %1 is retired (stillgelegt): no new files can be created below it.</source>
        <translation>The plan unit %1 is retired (stillgelegt): no new files can be created below it.</translation>
    </message>
    <message>
        <source>The department %1 does not exist.</source>
        <translation>The department %1 does not exist.</translation>
    </message>
    <message>
        <source>No free file reference was found.</source>
        <translation>No free file reference was found.</translation>
    </message>
    <message>
        <source>create volumes</source>
        <translation>create volumes</translation>
    </message>
    <message>
        <source>create cases</source>
        <translation>create cases</translation>
    </message>
    <message>
        <source>The volume does not belong to the file %1.</source>
        <translation>The volume does not belong to the file %1.</translation>
    </message>
    <message>
        <source>The content to be stored is missing from the content store.</source>
        <translation>The content to be stored is missing from the content store.</translation>
    </message>
    <message>
        <source>The content size does not match the stored content.</source>
        <translation>The content size does not match the stored content.</translation>
    </message>
    <message>
        <source>add documents</source>
        <translation>add documents</translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation>The case does not exist.</translation>
    </message>
    <message>
        <source>The case %1 is closed and can no longer be changed.</source>
        <translation>The case %1 is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>add versions</source>
        <translation>add versions</translation>
    </message>
    <message>
        <source>The document does not exist.</source>
        <translation>The document does not exist.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is closed and can no longer be changed.</source>
        <translation>The document &quot;%1&quot; is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>change metadata</source>
        <translation>change metadata</translation>
    </message>
    <message>
        <source>Nothing with the id %1 exists.</source>
        <translation>Nothing with the id %1 exists.</translation>
    </message>
    <message>
        <source>Fields of a %1 cannot be changed this way.</source>
        <translation>Fields of a %1 cannot be changed this way.</translation>
    </message>
    <message>
        <source>A volume has no metadata fields besides its title.</source>
        <translation>A volume has no metadata fields besides its title.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>A %1 cannot be deleted.</source>
        <translation>A %1 cannot be deleted.</translation>
    </message>
    <message>
        <source>%1 is not empty: delete what it holds first.</source>
        <translation>%1 is not empty: delete what it holds first.</translation>
    </message>
    <message>
        <source>This data folder already works with %1 as %2. Use a new data folder for another server or user.</source>
        <translation>This data folder already works with %1 as %2. Use a new data folder for another server or user.</translation>
    </message>
    <message>
        <source>resolve conflicts</source>
        <translation>resolve conflicts</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>There is no conflict %1.</translation>
    </message>
    <message>
        <source>The conflict is resolved already (%1).</source>
        <translation>The conflict is resolved already (%1).</translation>
    </message>
    <message>
        <source>Choose the case to file the document into.</source>
        <translation>Choose the case to file the document into.</translation>
    </message>
    <message>
        <source>The case %1 belongs to department %2; you can only file into cases of your department (%3).</source>
        <translation>The case %1 belongs to department %2; you can only file into cases of your department (%3).</translation>
    </message>
    <message>
        <source>file documents</source>
        <translation>file documents</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is already filed in the case %2. Only documents in the intake can be filed into a case; moving a document between cases is not possible.</source>
        <translation>The document &quot;%1&quot; is already filed in the case %2. Only documents in the intake can be filed into a case; moving a document between cases is not possible.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; cannot be filed into %2: %3</source>
        <translation>The document &quot;%1&quot; cannot be filed into %2: %3</translation>
    </message>
    <message>
        <source>The document to refer to does not exist.</source>
        <translation>The document to refer to does not exist.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is already in this case; a reference to it is not needed.</source>
        <translation>The document &quot;%1&quot; is already in this case; a reference to it is not needed.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no content to refer to.</source>
        <translation>The document &quot;%1&quot; has no content to refer to.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no version %2 to restore.</source>
        <translation>The document &quot;%1&quot; has no version %2 to restore.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is checked out by %2 since %3; you can read it, but not change its content.</source>
        <translation>&quot;%1&quot; is checked out by %2 since %3; you can read it, but not change its content.</translation>
    </message>
    <message>
        <source>check out documents</source>
        <translation>check out documents</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already checked out here: %2</source>
        <translation>&quot;%1&quot; is already checked out here: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changed meanwhile (now version %2); check it out again.</source>
        <translation>&quot;%1&quot; has changed meanwhile (now version %2); check it out again.</translation>
    </message>
    <message>
        <source>The working copy does not match version %1.</source>
        <translation>The working copy does not match version %1.</translation>
    </message>
    <message>
        <source>check in documents</source>
        <translation>check in documents</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not checked out here.</source>
        <translation>&quot;%1&quot; is not checked out here.</translation>
    </message>
    <message>
        <source>The working copy of &quot;%1&quot; is unchanged: there is no new version to check in.</source>
        <translation>The working copy of &quot;%1&quot; is unchanged: there is no new version to check in.</translation>
    </message>
    <message>
        <source>break someone else&apos;s check-out</source>
        <translation>break someone else&apos;s check-out</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not checked out.</source>
        <translation>&quot;%1&quot; is not checked out.</translation>
    </message>
    <message>
        <source>The id of the new document is not valid or taken.</source>
        <translation>The id of the new document is not valid or taken.</translation>
    </message>
    <message>
        <source>No refused change %1 is waiting for a decision.</source>
        <translation>No refused change %1 is waiting for a decision.</translation>
    </message>
    <message>
        <source>This data folder already holds work made without a server. Connect it with &quot;aktenwerk-cli connect&quot;, which reads the server&apos;s file plan first.</source>
        <translation>This data folder already holds work made without a server. Connect it with &quot;aktenwerk-cli connect&quot;, which reads the server&apos;s file plan first.</translation>
    </message>
    <message>
        <source>The server has no department %1. Ask the administrator to add it (&quot;aktenwerk-cli server add-department&quot;), then connect again.</source>
        <translation>The server has no department %1. Ask the administrator to add it (&quot;aktenwerk-cli server add-department&quot;), then connect again.</translation>
    </message>
    <message>
        <source>Received changes are applied by the sync.</source>
        <translation>Received changes are applied by the sync.</translation>
    </message>
    <message>
        <source>No document number was handed out.</source>
        <translation>No document number was handed out.</translation>
    </message>
    <message>
        <source>Choose the department that keeps the file; there is none yet: add one first.</source>
        <translation>Choose the department that keeps the file; there is none yet: add one first.</translation>
    </message>
    <message>
        <source>Choose the department that keeps the file: %1.</source>
        <translation>Choose the department that keeps the file: %1.</translation>
    </message>
    <message>
        <source>restore what was deleted</source>
        <translation>restore what was deleted</translation>
    </message>
    <message>
        <source>%1 is not deleted.</source>
        <translation>%1 is not deleted.</translation>
    </message>
    <message>
        <source>The case of &quot;%1&quot; is deleted: restore the case first.</source>
        <translation>The case of &quot;%1&quot; is deleted: restore the case first.</translation>
    </message>
    <message>
        <source>The file %1 of the case %2 is deleted: restore the file first.</source>
        <translation>The file %1 of the case %2 is deleted: restore the file first.</translation>
    </message>
    <message>
        <source>move documents</source>
        <translation>move documents</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is in the intake: file it into a case instead.</source>
        <translation>The document &quot;%1&quot; is in the intake: file it into a case instead.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is in this case already.</source>
        <translation>The document &quot;%1&quot; is in this case already.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is checked out by %2: it can be moved once it is checked in.</source>
        <translation>The document &quot;%1&quot; is checked out by %2: it can be moved once it is checked in.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; cannot be moved to %2: %3</source>
        <translation>The document &quot;%1&quot; cannot be moved to %2: %3</translation>
    </message>
    <message>
        <source>move cases</source>
        <translation>move cases</translation>
    </message>
    <message>
        <source>The case %1 is in this file already.</source>
        <translation>The case %1 is in this file already.</translation>
    </message>
    <message>
        <source>The file %1 belongs to department %2; a case can only move between files of your department.</source>
        <translation>The file %1 belongs to department %2; a case can only move between files of your department.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; of the case is checked out by %2: the case can be moved once it is checked in.</source>
        <translation>The document &quot;%1&quot; of the case is checked out by %2: the case can be moved once it is checked in.</translation>
    </message>
    <message>
        <source>share files</source>
        <translation>share files</translation>
    </message>
    <message>
        <source>The file %1 belongs to department %2; only that department can share it.</source>
        <translation>The file %1 belongs to department %2; only that department can share it.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>There is no department %1.</translation>
    </message>
    <message>
        <source>The file %1 belongs to department %2 already.</source>
        <translation>The file %1 belongs to department %2 already.</translation>
    </message>
    <message>
        <source>The end of the share has passed already.</source>
        <translation>The end of the share has passed already.</translation>
    </message>
    <message>
        <source>The file %1 is not shared with department %2.</source>
        <translation>The file %1 is not shared with department %2.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::XdomeaContainer</name>
    <message>
        <source>The container %1 does not exist.</source>
        <translation>The container %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP container.</source>
        <translation>%1 is not a readable ZIP container.</translation>
    </message>
    <message>
        <source>%1 holds %2 members; at most %3 are accepted.</source>
        <translation>%1 holds %2 members; at most %3 are accepted.</translation>
    </message>
    <message>
        <source>A member of %1 has no name.</source>
        <translation>A member of %1 has no name.</translation>
    </message>
    <message>
        <source>A member name in %1 is not UTF-8; it is refused.</source>
        <translation>A member name in %1 is not UTF-8; it is refused.</translation>
    </message>
    <message>
        <source>%1 names the member &quot;%2&quot;: an xdomea container holds plain file names only (no folders, no paths). Nothing was unpacked.</source>
        <translation>%1 names the member &quot;%2&quot;: an xdomea container holds plain file names only (no folders, no paths). Nothing was unpacked.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 is a link or special file; only plain files are accepted.</source>
        <translation>The member &quot;%1&quot; of %2 is a link or special file; only plain files are accepted.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 cannot be read.</source>
        <translation>The member &quot;%1&quot; of %2 cannot be read.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 is encrypted; xdomea containers are not.</source>
        <translation>The member &quot;%1&quot; of %2 is encrypted; xdomea containers are not.</translation>
    </message>
    <message>
        <source>%1 holds the member &quot;%2&quot; twice.</source>
        <translation>%1 holds the member &quot;%2&quot; twice.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 unpacks to %3 bytes, more than the limit.</source>
        <translation>The member &quot;%1&quot; of %2 unpacks to %3 bytes, more than the limit.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 would unpack to %3 times its packed size: refused as a ZIP bomb.</source>
        <translation>The member &quot;%1&quot; of %2 would unpack to %3 times its packed size: refused as a ZIP bomb.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 bytes; refused.</source>
        <translation>%1 unpacks to more than %2 bytes; refused.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 holds no message: an xdomea container holds one XML message named like the container.</source>
        <translation>%1 holds no message: an xdomea container holds one XML message named like the container.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 cannot be unpacked.</source>
        <translation>The member &quot;%1&quot; of %2 cannot be unpacked.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 is damaged.</source>
        <translation>The member &quot;%1&quot; of %2 is damaged.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of %2 unpacks to more than it declares or is allowed: refused as a ZIP bomb.</source>
        <translation>The member &quot;%1&quot; of %2 unpacks to more than it declares or is allowed: refused as a ZIP bomb.</translation>
    </message>
    <message>
        <source>The container %1 cannot be written.</source>
        <translation>The container %1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 cannot be added to the container.</source>
        <translation>%1 cannot be added to the container.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain file name.</source>
        <translation>&quot;%1&quot; is not a plain file name.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Dms::XdomeaSchema</name>
    <message>
        <source>The xdomea schema shipped with the program cannot be loaded.</source>
        <translation>The xdomea schema shipped with the program cannot be loaded.</translation>
    </message>
    <message>
        <source>The message declares a DTD; xdomea messages have none, and none is read.</source>
        <translation>The message declares a DTD; xdomea messages have none, and none is read.</translation>
    </message>
    <message>
        <source>The message is encoded as %1; xdomea messages are UTF-8.</source>
        <translation>The message is encoded as %1; xdomea messages are UTF-8.</translation>
    </message>
    <message>
        <source>The message is not valid UTF-8; xdomea messages are UTF-8.</source>
        <translation>The message is not valid UTF-8; xdomea messages are UTF-8.</translation>
    </message>
    <message>
        <source>The message is not well-formed XML.</source>
        <translation>The message is not well-formed XML.</translation>
    </message>
    <message>
        <source>The message does not match the xdomea schema.</source>
        <translation>The message does not match the xdomea schema.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>The message %1 cannot be read.</source>
        <translation>The message %1 cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::Confidentiality</name>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>restricted (official use only)</source>
        <translation>restricted (official use only)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>top secret</source>
        <translation>top secret</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidential</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::DisposalType</name>
    <message>
        <source>archive (A)</source>
        <translation>archive (A)</translation>
    </message>
    <message>
        <source>appraise (B)</source>
        <translation>appraise (B)</translation>
    </message>
    <message>
        <source>destroy (V)</source>
        <translation>destroy (V)</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::EntityType</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>plan unit</source>
        <translation>plan unit</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::FilePlan</name>
    <message>
        <source>The plan code &quot;%1&quot; is not valid: use digits in groups separated by dots, e.g. 63.01.02.</source>
        <translation>The plan code &quot;%1&quot; is not valid: use digits in groups separated by dots, e.g. 63.01.02.</translation>
    </message>
    <message>
        <source>The plan unit %1 has no title.</source>
        <translation>The plan unit %1 has no title.</translation>
    </message>
    <message>
        <source>The plan code %1 does not extend the code of its parent unit %2.</source>
        <translation>The plan code %1 does not extend the code of its parent unit %2.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::FilingHints</name>
    <message>
        <source>Letter of %1</source>
        <translation>Letter of %1</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::MetadataSchema</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n character(s).</source>
        <translation>
            <numerusform>%1 is longer than %n character.</numerusform>
            <numerusform>%1 is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a date such as 31.12.2026 or 2026-12-31.</source>
        <translation>%1 must be a date such as 31.12.2026 or 2026-12-31.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 must be a number.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 must be at least %2.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 must be at most %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 must be one of: %2.</translation>
    </message>
    <message>
        <source>%1 has the wrong form; expected: %2.</source>
        <translation>%1 has the wrong form; expected: %2.</translation>
    </message>
    <message>
        <source>%1 has the wrong form.</source>
        <translation>%1 has the wrong form.</translation>
    </message>
    <message>
        <source>%1 is not a field of the type &quot;%2&quot;.</source>
        <translation>%1 is not a field of the type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A metadata schema has an unknown kind.</source>
        <translation>A metadata schema has an unknown kind.</translation>
    </message>
    <message>
        <source>A metadata schema needs a department and a type.</source>
        <translation>A metadata schema needs a department and a type.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; is not valid.</source>
        <translation>The field key &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; appears twice.</source>
        <translation>The field key &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown type.</source>
        <translation>The field &quot;%1&quot; has an unknown type.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an invalid pattern.</source>
        <translation>The field &quot;%1&quot; has an invalid pattern.</translation>
    </message>
    <message>
        <source>The choice field &quot;%1&quot; has no options.</source>
        <translation>The choice field &quot;%1&quot; has no options.</translation>
    </message>
    <message>
        <source>The metadata schema list is not valid JSON.</source>
        <translation>The metadata schema list is not valid JSON.</translation>
    </message>
    <message>
        <source>The metadata schema &quot;%1&quot; appears twice.</source>
        <translation>The metadata schema &quot;%1&quot; appears twice.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::RecordStatus</name>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::ReferenceTemplate</name>
    <message>
        <source>The reference template is empty.</source>
        <translation>The reference template is empty.</translation>
    </message>
    <message>
        <source>The reference template is too long.</source>
        <translation>The reference template is too long.</translation>
    </message>
    <message>
        <source>The reference template has a &apos;}&apos; without &apos;{&apos;.</source>
        <translation>The reference template has a &apos;}&apos; without &apos;{&apos;.</translation>
    </message>
    <message>
        <source>The reference template contains a control character.</source>
        <translation>The reference template contains a control character.</translation>
    </message>
    <message>
        <source>The reference template has a &apos;{&apos; without &apos;}&apos;.</source>
        <translation>The reference template has a &apos;{&apos; without &apos;}&apos;.</translation>
    </message>
    <message>
        <source>The width in the placeholder {%1} must be a number from 1 to 9.</source>
        <translation>The width in the placeholder {%1} must be a number from 1 to 9.</translation>
    </message>
    <message>
        <source>The year can only be written with 2 or 4 digits.</source>
        <translation>The year can only be written with 2 or 4 digits.</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the reference template.</source>
        <translation>Unknown placeholder {%1} in the reference template.</translation>
    </message>
    <message>
        <source>The placeholder {%1} takes no width.</source>
        <translation>The placeholder {%1} takes no width.</translation>
    </message>
    <message>
        <source>Two placeholders must be separated by literal text, e.g. &quot;{plan}-{seq}&quot;.</source>
        <translation>Two placeholders must be separated by literal text, e.g. &quot;{plan}-{seq}&quot;.</translation>
    </message>
    <message>
        <source>A file reference template needs {plan} and {seq} exactly once each.</source>
        <translation>A file reference template needs {plan} and {seq} exactly once each.</translation>
    </message>
    <message>
        <source>A case reference template needs {file} and {case} exactly once each.</source>
        <translation>A case reference template needs {file} and {case} exactly once each.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::Retention</name>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::Role</name>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>records officer</source>
        <translation>records officer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::RoutingSlip</name>
    <message>
        <source>for information</source>
        <translation>for information</translation>
    </message>
    <message>
        <source>for co-signature</source>
        <translation>for co-signature</translation>
    </message>
    <message>
        <source>for signature</source>
        <translation>for signature</translation>
    </message>
    <message>
        <source>for processing</source>
        <translation>for processing</translation>
    </message>
    <message>
        <source>Every step needs an addressee.</source>
        <translation>Every step needs an addressee.</translation>
    </message>
    <message>
        <source>A new step cannot have been acted on already.</source>
        <translation>A new step cannot have been acted on already.</translation>
    </message>
    <message>
        <source>A route names the version it routes (its SHA-256).</source>
        <translation>A route names the version it routes (its SHA-256).</translation>
    </message>
    <message>
        <source>A route needs at least one step.</source>
        <translation>A route needs at least one step.</translation>
    </message>
    <message>
        <source>Steps are numbered 1, 2, 3 … without a gap.</source>
        <translation>Steps are numbered 1, 2, 3 … without a gap.</translation>
    </message>
    <message>
        <source>The route has no such step.</source>
        <translation>The route has no such step.</translation>
    </message>
    <message>
        <source>This step is done; what was recorded stays as it is.</source>
        <translation>This step is done; what was recorded stays as it is.</translation>
    </message>
    <message>
        <source>This step&apos;s turn has not come yet.</source>
        <translation>This step&apos;s turn has not come yet.</translation>
    </message>
    <message>
        <source>Who acted and when is recorded with every step.</source>
        <translation>Who acted and when is recorded with every step.</translation>
    </message>
    <message>
        <source>Say why the step is left out.</source>
        <translation>Say why the step is left out.</translation>
    </message>
    <message>
        <source>Say why the route goes back.</source>
        <translation>Say why the route goes back.</translation>
    </message>
    <message>
        <source>sent back by %1</source>
        <translation>sent back by %1</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Add at least one step.</translation>
    </message>
    <message>
        <source>The route is finished; start a new one.</source>
        <translation>The route is finished; start a new one.</translation>
    </message>
    <message>
        <source>The route has no position %1.</source>
        <translation>The route has no position %1.</translation>
    </message>
    <message>
        <source>Steps can only be added before steps that have not begun.</source>
        <translation>Steps can only be added before steps that have not begun.</translation>
    </message>
</context>
<context>
    <name>Aktenwerk::Model::ScanTransferNote</name>
    <message>
        <source>The transfer note is not valid JSON.</source>
        <translation>The transfer note is not valid JSON.</translation>
    </message>
    <message>
        <source>The transfer note has an unknown format version.</source>
        <translation>The transfer note has an unknown format version.</translation>
    </message>
    <message>
        <source>The transfer note has an invalid time.</source>
        <translation>The transfer note has an invalid time.</translation>
    </message>
    <message>
        <source>The transfer note is incomplete.</source>
        <translation>The transfer note is incomplete.</translation>
    </message>
    <message>
        <source>The note has no id.</source>
        <translation>The note has no id.</translation>
    </message>
    <message>
        <source>The note names no document.</source>
        <translation>The note names no document.</translation>
    </message>
    <message>
        <source>The note names no scanner.</source>
        <translation>The note names no scanner.</translation>
    </message>
    <message>
        <source>The note has no resolution.</source>
        <translation>The note has no resolution.</translation>
    </message>
    <message>
        <source>The note does not say who scanned.</source>
        <translation>The note does not say who scanned.</translation>
    </message>
    <message>
        <source>The note has no time of capture.</source>
        <translation>The note has no time of capture.</translation>
    </message>
    <message>
        <source>The note has no page count.</source>
        <translation>The note has no page count.</translation>
    </message>
    <message>
        <source>The note&apos;s product hash is not a SHA-256 value.</source>
        <translation>The note&apos;s product hash is not a SHA-256 value.</translation>
    </message>
    <message>
        <source>The stored product has changed since the scan: its SHA-256 is %1, the transfer note records %2.</source>
        <translation>The stored product has changed since the scan: its SHA-256 is %1, the transfer note records %2.</translation>
    </message>
    <message>
        <source>The stored product has %1 page(s), the transfer note records %2.</source>
        <translation>The stored product has %1 page(s), the transfer note records %2.</translation>
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
        <translation>Edit</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Parallel version</source>
        <translation>Parallel version</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Document management and electronic files</source>
        <translation>Document management and electronic files</translation>
    </message>
    <message>
        <source>Use the data folder &lt;dir&gt;.</source>
        <translation>Use the data folder &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Open the data folder read-only.</source>
        <translation>Open the data folder read-only.</translation>
    </message>
    <message>
        <source>User interface language: de or en.</source>
        <translation>User interface language: de or en.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is ready, then quit.</source>
        <translation>Save a picture of the window to &lt;file&gt; once it is ready, then quit.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is ready (for start-up measurements).</source>
        <translation>Quit as soon as the window is ready (for start-up measurements).</translation>
    </message>
    <message>
        <source>Once the window is ready, open &lt;window&gt;: rejected (the changes the server refused), conflicts, or history:DOCUMENT-ID (a document&apos;s versions).</source>
        <translation>Once the window is ready, open &lt;window&gt;: rejected (the changes the server refused), conflicts, or history:DOCUMENT-ID (a document&apos;s versions).</translation>
    </message>
</context>
</TS>

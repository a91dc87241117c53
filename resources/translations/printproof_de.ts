<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AcknowledgementDialog</name>
        <message>
            <source>Answer to complaint {case}</source>
            <translation>Antwort auf Reklamation {case}</translation>
        </message>
        <message>
            <source>Complaint recorded: case {case}</source>
            <translation>Reklamation aufgenommen: Fall {case}</translation>
        </message>
        <message>
            <source>Complaint {case}</source>
            <translation>Reklamation {case}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Preparing the letter…</source>
            <translation>Der Brief wird vorbereitet…</translation>
        </message>
        <message>
            <source>Print acknowledgement…</source>
            <translation>Eingangsbestätigung drucken…</translation>
        </message>
        <message>
            <source>Print the answer…</source>
            <translation>Antwort drucken…</translation>
        </message>
        <message>
            <source>Printed.</source>
            <translation>Gedruckt.</translation>
        </message>
        <message>
            <source>Printed; the audit trail notes it.</source>
            <translation>Gedruckt; das Protokoll vermerkt es.</translation>
        </message>
        <message>
            <source>Send by e-mail</source>
            <translation>Per E-Mail senden</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Sent to {to}.</source>
            <translation>An {to} gesendet.</translation>
        </message>
        <message>
            <source>The customer gets an answer by {date}. Give them the acknowledgement: what was recorded in their words, the photos, the case number and that date.</source>
            <translation>Der Kunde bekommt bis {date} eine Antwort. Geben Sie ihm die Eingangsbestätigung: was in seinen Worten aufgenommen wurde, die Fotos, die Fallnummer und dieses Datum.</translation>
        </message>
        <message>
            <source>The customer's e-mail address</source>
            <translation>E-Mail-Adresse des Kunden</translation>
        </message>
        <message>
            <source>The letter states your decision. Where the complaint is declined it names the evidence in plain words — the version approved, when and how, the checklist as ticked, the findings acknowledged, the terms, the hand-over — with the approval certificate attached; where the shop is at fault it apologises and says what happens next.</source>
            <translation>Der Brief nennt Ihre Entscheidung. Wird die Reklamation abgelehnt, nennt er die Belege in klaren Worten – die freigegebene Version, wann und wie, die Checkliste wie abgehakt, die bestätigten Hinweise, die Bedingungen, die Übergabe – und die Freigabebestätigung liegt bei; liegt der Fehler bei der Druckerei, entschuldigt er sich und sagt, wie es weitergeht.</translation>
        </message>
    </context>
    <context>
        <name>AlignDialog</name>
        <message>
            <source>Blink</source>
            <translation>Blinken</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Drag the four green corners onto the product's corners (↖ top left as the print reads), then Straighten. A wrong cut, a missing line or a colour shift shows at once.</source>
            <translation>Die vier grünen Ecken auf die Ecken des Produkts ziehen (↖ oben links, wie der Druck zu lesen ist), dann „Geraderichten“. Ein falscher Schnitt, eine fehlende Zeile oder eine Farbverschiebung fällt sofort auf.</translation>
        </message>
        <message>
            <source>Keep these corners</source>
            <translation>Ecken übernehmen</translation>
        </message>
        <message>
            <source>Lay the photo on the approved proof</source>
            <translation>Foto auf den freigegebenen Proof legen</translation>
        </message>
        <message>
            <source>Overlay</source>
            <translation>Überlagert</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Straighten</source>
            <translation>Geraderichten</translation>
        </message>
        <message>
            <source>Straightening…</source>
            <translation>Wird geradegerichtet…</translation>
        </message>
        <message>
            <source>The corners are kept with the complaint.</source>
            <translation>Die Ecken sind bei der Reklamation gespeichert.</translation>
        </message>
        <message>
            <source>The dossier and the next look use them</source>
            <translation>Das Dossier und der nächste Blick verwenden sie</translation>
        </message>
        <message>
            <source>{share} of the area differs from the approved proof.</source>
            <translation>{share} der Fläche weichen vom freigegebenen Proof ab.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalReceipt</name>
        <message>
            <source>by &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>von &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Changes: {changes}</source>
            <translation>Änderungen: {changes}</translation>
        </message>
        <message>
            <source>Copy for the customer…</source>
            <translation>Kopie für den Kunden …</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message>
            <source>on {when}</source>
            <translation>am {when}</translation>
        </message>
        <message>
            <source>Order {number}, proof version {v}</source>
            <translation>Auftrag {number}, Proof-Version {v}</translation>
        </message>
        <message>
            <source>Record {record}… · Proof {proof}…</source>
            <translation>Datensatz {record}… · Proof {proof}…</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Festgehalten</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>Automatic backup is on; the first copy is made shortly.</source>
            <translation>Die automatische Sicherung ist an; die erste Kopie entsteht gleich.</translation>
        </message>
        <message>
            <source>Backup failed: {error}</source>
            <translation>Sicherung fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Last backup {when}</source>
            <translation>Letzte Sicherung {when}</translation>
        </message>
        <message>
            <source>Last backup {when} – is the backup disk connected?</source>
            <translation>Letzte Sicherung {when} – ist die Sicherungsplatte angeschlossen?</translation>
        </message>
        <message>
            <source>No backup yet – set a backup folder in Settings.</source>
            <translation>Noch keine Sicherung – bitte in den Einstellungen einen Sicherungsordner wählen.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Take a photo</source>
            <translation>Foto aufnehmen</translation>
        </message>
        <message>
            <source>Take photo (Space)</source>
            <translation>Foto aufnehmen (Leertaste)</translation>
        </message>
    </context>
    <context>
        <name>ColourToggle</name>
        <message>
            <source>Colour warning</source>
            <translation>Farbwarnung</translation>
        </message>
        <message>
            <source>Hatched: colours that print visibly different from the screen</source>
            <translation>Schraffiert: Farben, die sichtbar anders drucken als am Bildschirm</translation>
        </message>
        <message>
            <source>Press colours</source>
            <translation>Druckfarben</translation>
        </message>
        <message>
            <source>The side as the press prints it (simulated through the press profile)</source>
            <translation>Die Seite, wie die Druckmaschine sie druckt (über das Druckprofil simuliert)</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Blink</source>
            <translation>Blinken</translation>
        </message>
        <message>
            <source>Changed places: {n}</source>
            <translation>Geänderte Stellen: {n}</translation>
        </message>
        <message>
            <source>Changes asked for – tick when done</source>
            <translation>Gewünschte Änderungen – abhaken, wenn erledigt</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Compare versions of {number}</source>
            <translation>Versionen von {number} vergleichen</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Wird verglichen…</translation>
        </message>
        <message>
            <source>No changes were asked for between these versions.</source>
            <translation>Zwischen diesen Versionen wurden keine Änderungen gewünscht.</translation>
        </message>
        <message>
            <source>Pick two different versions.</source>
            <translation>Bitte zwei verschiedene Versionen wählen.</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>Version {v}</translation>
        </message>
        <message>
            <source>Version {v}: {text}</source>
            <translation>Version {v}: {text}</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
    </context>
    <context>
        <name>ComplaintFigures</name>
        <message>
            <source>Answered late</source>
            <translation>Zu spät beantwortet</translation>
        </message>
        <message>
            <source>Complaints month by month: justified (red), declined on the approval's evidence (grey), still open (orange).</source>
            <translation>Reklamationen Monat für Monat: berechtigt (rot), anhand der Freigabe abgelehnt (grau), noch offen (orange).</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Days to answer</source>
            <translation>Tage bis zur Antwort</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Nachlässe</translation>
        </message>
        <message>
            <source>Export as CSV…</source>
            <translation>Als CSV exportieren…</translation>
        </message>
        <message>
            <source>Export complaints</source>
            <translation>Reklamationen exportieren</translation>
        </message>
        <message>
            <source>Justified</source>
            <translation>Berechtigt</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>No complaint has been recorded yet.</source>
            <translation>Noch keine Reklamation aufgenommen.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Aufgenommen</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Erstattungen</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Nachdrucke</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert unter {path}</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Details for support are in {log}.</source>
            <translation>Einzelheiten für den Support stehen in {log}.</translation>
        </message>
        <message>
            <source>PrintProof ran into a problem</source>
            <translation>PrintProof ist auf ein Problem gestoßen</translation>
        </message>
        <message>
            <source>Something went wrong that PrintProof did not expect. What you were doing was not saved half-way; please try it again.</source>
            <translation>Etwas Unerwartetes ist passiert. Was Sie gerade getan haben, wurde nicht halb gespeichert; bitte noch einmal versuchen.</translation>
        </message>
    </context>
    <context>
        <name>Customer screen</name>
        <message>
            <source>Approve for print</source>
            <comment>approve</comment>
            <translation>Zum Druck freigeben</translation>
        </message>
        <message>
            <source>Approve with these changes</source>
            <comment>with_changes</comment>
            <translation>Mit diesen Änderungen freigeben</translation>
        </message>
        <message>
            <source>Approve with these changes, or ask for them and see a new proof first.</source>
            <comment>either</comment>
            <translation>Mit diesen Änderungen freigeben – oder sie wünschen und zuerst einen neuen Proof ansehen.</translation>
        </message>
        <message>
            <source>Ask for changes</source>
            <comment>ask</comment>
            <translation>Änderungen wünschen</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <comment>back</comment>
            <translation>Zurück (Esc)</translation>
        </message>
        <message>
            <source>Changes you want (one per line) – leave empty to approve as shown</source>
            <comment>changes_placeholder</comment>
            <translation>Gewünschte Änderungen (eine pro Zeile) – leer lassen, um wie gezeigt freizugeben</translation>
        </message>
        <message>
            <source>Circle</source>
            <comment>circle</comment>
            <translation>Kreis</translation>
        </message>
        <message>
            <source>Clear all</source>
            <comment>clear_marks</comment>
            <translation>Alle löschen</translation>
        </message>
        <message>
            <source>Clear signature</source>
            <comment>clear</comment>
            <translation>Unterschrift löschen</translation>
        </message>
        <message>
            <source>Colour warning</source>
            <comment>colour_warning</comment>
            <translation>Farbwarnung</translation>
        </message>
        <message>
            <source>confirm the point found in your files</source>
            <comment>need_finding</comment>
            <translation>den Punkt aus Ihren Druckdaten bestätigen</translation>
        </message>
        <message>
            <source>confirm the {n} points found in your files</source>
            <comment>need_findings</comment>
            <translation>die {n} Punkte aus Ihren Druckdaten bestätigen</translation>
        </message>
        <message>
            <source>Draw with the pen, drag a circle, or set a pin and say what should change.</source>
            <comment>marks_hint</comment>
            <translation>Mit dem Stift anstreichen, einen Kreis ziehen oder eine Nadel setzen und beschreiben.</translation>
        </message>
        <message>
            <source>Fit page</source>
            <comment>fit_page</comment>
            <translation>Ganze Seite</translation>
        </message>
        <message>
            <source>Fit width</source>
            <comment>fit_width</comment>
            <translation>Seitenbreite</translation>
        </message>
        <message>
            <source>Found in your files – please confirm each point:</source>
            <comment>findings_heading</comment>
            <translation>In Ihren Druckdaten gefunden – bitte jeden Punkt bestätigen:</translation>
        </message>
        <message>
            <source>Hatched: colours that print visibly different from the screen</source>
            <comment>colour_warning_tip</comment>
            <translation>Schraffiert: Farben, die sichtbar anders drucken als am Bildschirm</translation>
        </message>
        <message>
            <source>Leave</source>
            <comment>leave</comment>
            <translation>Verlassen</translation>
        </message>
        <message>
            <source>Leave without a decision?</source>
            <comment>leave_title</comment>
            <translation>Ohne Entscheidung verlassen?</translation>
        </message>
        <message>
            <source>Mark</source>
            <comment>mark</comment>
            <translation>Markieren</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>page_of</comment>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Pen</source>
            <comment>pen</comment>
            <translation>Stift</translation>
        </message>
        <message>
            <source>Pin</source>
            <comment>pin</comment>
            <translation>Nadel</translation>
        </message>
        <message>
            <source>Please check your proof carefully</source>
            <comment>heading</comment>
            <translation>Bitte prüfen Sie Ihren Korrekturabzug sorgfältig</translation>
        </message>
        <message>
            <source>Please sign here</source>
            <comment>sign_here</comment>
            <translation>Bitte hier unterschreiben</translation>
        </message>
        <message>
            <source>Press colours</source>
            <comment>press_colours</comment>
            <translation>Druckfarben</translation>
        </message>
        <message>
            <source>Saving your decision…</source>
            <comment>saving</comment>
            <translation>Ihre Entscheidung wird gespeichert…</translation>
        </message>
        <message>
            <source>say what pin {n} means</source>
            <comment>need_pin_text</comment>
            <translation>Nadel {n} beschreiben</translation>
        </message>
        <message>
            <source>Show on the proof what should change: pen, circle, numbered pin with text (M)</source>
            <comment>mark_tip</comment>
            <translation>Auf dem Proof zeigen, was anders werden soll: Stift, Kreis, nummerierte Nadel mit Text (M)</translation>
        </message>
        <message>
            <source>sign in the box</source>
            <comment>need_signature</comment>
            <translation>im Feld unterschreiben</translation>
        </message>
        <message>
            <source>Stay</source>
            <comment>stay</comment>
            <translation>Bleiben</translation>
        </message>
        <message>
            <source>Terms</source>
            <comment>terms</comment>
            <translation>Bedingungen</translation>
        </message>
        <message>
            <source>The side as the press prints it (simulated through the press profile)</source>
            <comment>press_colours_tip</comment>
            <translation>Die Seite, wie die Druckmaschine sie druckt (über das Druckprofil simuliert)</translation>
        </message>
        <message>
            <source>The signature and what was written here are not saved. Leave anyway?</source>
            <comment>leave_text</comment>
            <translation>Die Unterschrift und das hier Geschriebene werden nicht gespeichert. Trotzdem verlassen?</translation>
        </message>
        <message numerus="yes">
            <source>tick the {n} open point of the checklist</source>
            <comment>need_ticks</comment>
            <extracomment>English plural: tick the {n} open points of the checklist</extracomment>
            <translation>
                <numerusform>den {n} offenen Punkt der Checkliste abhaken</numerusform>
                <numerusform>die {n} offenen Punkte der Checkliste abhaken</numerusform>
            </translation>
        </message>
        <message>
            <source>To approve with these changes: {needs}.</source>
            <comment>to_approve_changes</comment>
            <translation>Zum Freigeben mit diesen Änderungen: {needs}.</translation>
        </message>
        <message>
            <source>To approve: {needs}.</source>
            <comment>to_approve</comment>
            <translation>Zum Freigeben: {needs}.</translation>
        </message>
        <message>
            <source>To ask for changes, write them in the box or mark them on the proof first.</source>
            <comment>to_ask_first</comment>
            <translation>Für Änderungswünsche diese zuerst in das Feld schreiben oder auf dem Proof markieren.</translation>
        </message>
        <message>
            <source>To ask for these changes: {needs}.</source>
            <comment>to_ask</comment>
            <translation>Für diese Änderungswünsche: {needs}.</translation>
        </message>
        <message>
            <source>True size (100 %)</source>
            <comment>true_size</comment>
            <translation>Originalgröße (100 %)</translation>
        </message>
        <message>
            <source>Undo</source>
            <comment>undo_mark</comment>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo stroke</source>
            <comment>undo</comment>
            <translation>Strich zurück</translation>
        </message>
        <message>
            <source>View</source>
            <comment>view</comment>
            <translation>Ansehen</translation>
        </message>
        <message>
            <source>What should change here?</source>
            <comment>pin_placeholder</comment>
            <translation>Was soll hier anders werden?</translation>
        </message>
        <message>
            <source>With marks: ask for changes, or approve with changes.</source>
            <comment>marks_no_approve</comment>
            <translation>Mit Markierungen: Änderungen wünschen oder mit Änderungen freigeben.</translation>
        </message>
        <message>
            <source>write your name</source>
            <comment>need_name</comment>
            <translation>Ihren Namen eintragen</translation>
        </message>
        <message>
            <source>Your name</source>
            <comment>name_placeholder</comment>
            <translation>Ihr Name</translation>
        </message>
    </context>
    <context>
        <name>CustomerCopyDialog</name>
        <message>
            <source>Copy for the customer</source>
            <translation>Kopie für den Kunden</translation>
        </message>
        <message>
            <source>Copy for the customer: {what}</source>
            <translation>Kopie für den Kunden: {what}</translation>
        </message>
        <message>
            <source>Copy {number} – {what}</source>
            <translation>Kopie {number} – {what}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Print on A4…</source>
            <translation>Auf A4 drucken …</translation>
        </message>
        <message>
            <source>Print receipt (80 mm)…</source>
            <translation>Beleg drucken (80 mm) …</translation>
        </message>
        <message>
            <source>Printed; the audit trail notes the copy.</source>
            <translation>Gedruckt; das Protokoll vermerkt die Kopie.</translation>
        </message>
        <message>
            <source>Send by e-mail</source>
            <translation>Per E-Mail senden</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet …</translation>
        </message>
        <message>
            <source>Sent to {to}.</source>
            <translation>An {to} gesendet.</translation>
        </message>
        <message>
            <source>The answer letter, with the evidence…</source>
            <translation>Antwortbrief, mit den Belegen…</translation>
        </message>
        <message>
            <source>the approval</source>
            <translation>die Freigabe</translation>
        </message>
        <message>
            <source>The copy shows what was recorded and carries the record's hash and the audit chain's head, as text and QR code: evidence the customer keeps.</source>
            <translation>Die Kopie zeigt, was festgehalten wurde, und trägt den Hash des Datensatzes und den Stand der Prüfkette als Text und QR-Code: ein Beleg, den der Kunde behält.</translation>
        </message>
        <message>
            <source>The customer's e-mail address</source>
            <translation>E-Mail-Adresse des Kunden</translation>
        </message>
        <message>
            <source>the decision on the complaint</source>
            <translation>die Entscheidung zur Reklamation</translation>
        </message>
        <message>
            <source>the hand-over</source>
            <translation>die Abholung</translation>
        </message>
        <message>
            <source>{name} (receipt)</source>
            <translation>{name} (Beleg)</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <source>, last {number}</source>
            <translation>, zuletzt {number}</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Enter picks the highlighted customer; ↓ ↑ choose; Esc: a new customer.</source>
            <translation>Eingabe übernimmt den markierten Kunden; ↓ ↑ wählen; Esc: neuer Kunde.</translation>
        </message>
        <message>
            <source>Name – returning customers appear as you type</source>
            <translation>Name – Stammkunden erscheinen beim Tippen</translation>
        </message>
        <message>
            <source>New customer (not in the directory yet).</source>
            <translation>Neuer Kunde (noch nicht in der Kundenliste).</translation>
        </message>
        <message>
            <source>orders: {n}</source>
            <translation>Aufträge: {n}</translation>
        </message>
        <message>
            <source>Returning customer no. {id}</source>
            <translation>Stammkunde Nr. {id}</translation>
        </message>
    </context>
    <context>
        <name>CustomersScreen</name>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Reklamationen</translation>
        </message>
        <message>
            <source>Customer no. {id}: {name}</source>
            <translation>Kunde Nr. {id}: {name}</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>entschieden</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Merge a duplicate…</source>
            <translation>Doppelten Eintrag zusammenführen…</translation>
        </message>
        <message>
            <source>Merged: {n} orders moved to {name}; the duplicate's other details are in the notes.</source>
            <translation>Zusammengeführt: {n} Aufträge zu {name} übernommen; die übrigen Angaben des doppelten Eintrags stehen in den Notizen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New order for this customer</source>
            <translation>Neuer Auftrag für diesen Kunden</translation>
        </message>
        <message>
            <source>No complaints.</source>
            <translation>Keine Reklamationen.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nichts geändert.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>orders: {n}</source>
            <translation>Aufträge: {n}</translation>
        </message>
        <message>
            <source>Owner: move a duplicate entry's orders here; nothing is lost</source>
            <translation>Inhaber/in: die Aufträge eines doppelten Eintrags hierher übernehmen; nichts geht verloren</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Pick a customer on the left, or type a name to find one.</source>
            <translation>Links einen Kunden wählen oder einen Namen eintippen.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Search customers: name, company, phone, e-mail (any spelling)</source>
            <translation>Kunden suchen: Name, Firma, Telefon, E-Mail (jede Schreibweise)</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Amount (€):</source>
            <translation>Betrag (€):</translation>
        </message>
        <message>
            <source>Approved proof, version {v}</source>
            <translation>Freigegebener Proof, Version {v}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Decide the complaint about {number}</source>
            <translation>Reklamation zu {number} entscheiden</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Discard the decision?</source>
            <translation>Entscheidung verwerfen?</translation>
        </message>
        <message>
            <source>Does the delivery match the approval?</source>
            <translation>Entspricht die Lieferung der Freigabe?</translation>
        </message>
        <message>
            <source>e.g. 12,50</source>
            <translation>z. B. 12,50</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>Lay this photo on the proof…</source>
            <translation>Foto auf den Proof legen…</translation>
        </message>
        <message>
            <source>Mark the product's four corners; the photo is straightened onto the proof</source>
            <translation>Die vier Ecken des Produkts markieren; das Foto wird geradegerichtet auf den Proof gelegt</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Ergebnis:</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <source>Saving the decision…</source>
            <translation>Die Entscheidung wird gespeichert…</translation>
        </message>
        <message>
            <source>Say whether the delivery matches the approval.</source>
            <translation>Bitte angeben, ob die Lieferung der Freigabe entspricht.</translation>
        </message>
        <message>
            <source>The reason you wrote is not saved yet. Discard it?</source>
            <translation>Die geschriebene Begründung ist noch nicht gespeichert. Verwerfen?</translation>
        </message>
        <message>
            <source>There is no approved proof for this order.</source>
            <translation>Zu diesem Auftrag gibt es keinen freigegebenen Proof.</translation>
        </message>
        <message>
            <source>What was delivered (the customer's photos)</source>
            <translation>Was geliefert wurde (Fotos des Kunden)</translation>
        </message>
        <message>
            <source>Why – in words the customer can follow</source>
            <translation>Begründung – in Worten, die der Kunde versteht</translation>
        </message>
        <message>
            <source>{category}, recorded {when}: „{words}“</source>
            <translation>{category}, aufgenommen am {when}: „{words}“</translation>
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <source>Add photos…</source>
            <translation>Fotos hinzufügen…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Complaint about {number}</source>
            <translation>Reklamation zu {number}</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Discard the complaint?</source>
            <translation>Reklamation verwerfen?</translation>
        </message>
        <message>
            <source>In the customer's words:</source>
            <translation>In den Worten des Kunden:</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>No webcam is connected to this workstation.</source>
            <translation>An diesem Arbeitsplatz ist keine Webcam angeschlossen.</translation>
        </message>
        <message>
            <source>Not photos, left out: {names}</source>
            <translation>Keine Fotos, weggelassen: {names}</translation>
        </message>
        <message>
            <source>Photos ({patterns})</source>
            <translation>Fotos ({patterns})</translation>
        </message>
        <message>
            <source>Photos of the delivered product</source>
            <translation>Fotos der gelieferten Ware</translation>
        </message>
        <message>
            <source>Photos: JPEG, PNG or TIFF. Select one and press Delete to remove it.</source>
            <translation>Fotos: JPEG, PNG oder TIFF. Zum Entfernen ein Foto auswählen und Entf drücken.</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>Das Foto wird gelesen…</translation>
        </message>
        <message>
            <source>Record complaint</source>
            <translation>Reklamation aufnehmen</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Foto entfernen</translation>
        </message>
        <message>
            <source>Saving the complaint…</source>
            <translation>Die Reklamation wird gespeichert…</translation>
        </message>
        <message>
            <source>Taken over from the e-mail of {sender}.</source>
            <translation>Aus der E-Mail von {sender} übernommen.</translation>
        </message>
        <message>
            <source>The customer's words and photos are not saved yet. Discard them?</source>
            <translation>Die Worte des Kunden und die Fotos sind noch nicht gespeichert. Verwerfen?</translation>
        </message>
        <message>
            <source>The e-mail names no order: this is the sender's latest delivered one. Check it before saving.</source>
            <translation>Die E-Mail nennt keinen Auftrag: Das ist der zuletzt ausgelieferte des Absenders. Bitte vor dem Speichern prüfen.</translation>
        </message>
        <message>
            <source>The sender is not this order's customer: check that it is the right order before saving.</source>
            <translation>Der Absender ist nicht der Kunde dieses Auftrags: Bitte vor dem Speichern prüfen, ob es der richtige Auftrag ist.</translation>
        </message>
        <message>
            <source>webcam-{n}.jpg</source>
            <translation>webcam-{n}.jpg</translation>
        </message>
        <message>
            <source>Webcam…</source>
            <translation>Webcam…</translation>
        </message>
        <message>
            <source>What is the complaint about?</source>
            <translation>Worum geht es bei der Reklamation?</translation>
        </message>
        <message>
            <source>What the customer says, as they say it</source>
            <translation>Was der Kunde sagt, in seinen Worten</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Above, the approved proof (finished size); below, the photo straightened by the product's four corners: {share} of the area differs.</source>
            <comment>aligned_photo</comment>
            <translation>Oben der freigegebene Proof (Endformat), darunter das Foto, an den vier Ecken des Produkts geradegerichtet: {share} der Fläche weichen ab.</translation>
        </message>
        <message>
            <source>absolute colorimetric</source>
            <comment>intent_absolute</comment>
            <translation>absolut farbmetrisch</translation>
        </message>
        <message>
            <source>Acknowledged by the customer</source>
            <comment>acknowledged</comment>
            <translation>Vom Kunden zur Kenntnis genommen</translation>
        </message>
        <message>
            <source>Although the delivery matches what you approved, we give you a discount of {amount} on this order as a gesture of goodwill.</source>
            <comment>letter_goodwill_discount_amount</comment>
            <translation>Obwohl die Lieferung dem entspricht, was Sie freigegeben haben, gewähren wir Ihnen aus Kulanz einen Nachlass von {amount} auf diesen Auftrag.</translation>
        </message>
        <message>
            <source>Although the delivery matches what you approved, we give you a discount on this order as a gesture of goodwill; we agree the amount with you.</source>
            <comment>letter_goodwill_discount</comment>
            <translation>Obwohl die Lieferung dem entspricht, was Sie freigegeben haben, gewähren wir Ihnen aus Kulanz einen Nachlass auf diesen Auftrag; den Betrag stimmen wir mit Ihnen ab.</translation>
        </message>
        <message>
            <source>Although the delivery matches what you approved, we print the job again at our cost, as a gesture of goodwill.</source>
            <comment>letter_goodwill_reprint</comment>
            <translation>Obwohl die Lieferung dem entspricht, was Sie freigegeben haben, drucken wir den Auftrag aus Kulanz auf unsere Kosten neu.</translation>
        </message>
        <message>
            <source>Although the delivery matches what you approved, we refund the price of this order as a gesture of goodwill.</source>
            <comment>letter_goodwill_refund</comment>
            <translation>Obwohl die Lieferung dem entspricht, was Sie freigegeben haben, erstatten wir Ihnen aus Kulanz den Preis dieses Auftrags.</translation>
        </message>
        <message>
            <source>Although the delivery matches what you approved, we refund you {amount} as a gesture of goodwill.</source>
            <comment>letter_goodwill_refund_amount</comment>
            <translation>Obwohl die Lieferung dem entspricht, was Sie freigegeben haben, erstatten wir Ihnen aus Kulanz {amount}.</translation>
        </message>
        <message>
            <source>Answer by</source>
            <comment>answer_by</comment>
            <translation>Antwort bis</translation>
        </message>
        <message>
            <source>Answer promised by</source>
            <comment>dossier_answer_by</comment>
            <translation>Antwort zugesagt bis</translation>
        </message>
        <message>
            <source>Approval certificate</source>
            <comment>cert_title</comment>
            <translation>Freigabebestätigung</translation>
        </message>
        <message>
            <source>Approval voided</source>
            <comment>dossier_void</comment>
            <translation>Freigabe widerrufen</translation>
        </message>
        <message>
            <source>Approval-certificate-{number}.pdf</source>
            <comment>mail_certificate_file</comment>
            <translation>Freigabebestaetigung-{number}.pdf</translation>
        </message>
        <message>
            <source>approved {when} by {name}</source>
            <comment>ticket_approved_at</comment>
            <translation>freigegeben am {when} von {name}</translation>
        </message>
        <message>
            <source>Approved: version {version}</source>
            <comment>ticket_approved</comment>
            <translation>Freigegeben: Version {version}</translation>
        </message>
        <message>
            <source>Artwork (current)</source>
            <comment>ticket_artwork</comment>
            <translation>Druckdaten (aktuell)</translation>
        </message>
        <message>
            <source>Audit chain when printed</source>
            <comment>copy_head</comment>
            <translation>Stand der Prüfkette beim Druck</translation>
        </message>
        <message>
            <source>Audit trail of the order</source>
            <comment>dossier_trail</comment>
            <translation>Prüfkette des Auftrags</translation>
        </message>
        <message>
            <source>Back</source>
            <comment>side_back</comment>
            <translation>Rückseite</translation>
        </message>
        <message>
            <source>Before approving, you ticked that you had checked: {items}.</source>
            <comment>letter_ticked</comment>
            <translation>Vor der Freigabe haben Sie abgehakt, dass Sie geprüft haben: {items}.</translation>
        </message>
        <message>
            <source>Bleed</source>
            <comment>bleed</comment>
            <translation>Beschnittzugabe</translation>
        </message>
        <message>
            <source>Bleed</source>
            <comment>legend_bleed</comment>
            <translation>Anschnitt</translation>
        </message>
        <message>
            <source>By signing you approve this proof for printing. The shop is not liable for errors visible on the approved proof (text, spelling, phone numbers, addresses, names, size and layout). Colours on screen and on a printout of this proof are not colour-accurate; slight colour differences in print are technical and not grounds for a complaint.</source>
            <comment>default_terms</comment>
            <translation>Mit Ihrer Unterschrift geben Sie diesen Korrekturabzug zum Druck frei. Für Fehler, die auf dem freigegebenen Korrekturabzug zu sehen sind (Text, Rechtschreibung, Telefonnummern, Adressen, Namen, Größe und Anordnung), übernimmt die Druckerei keine Haftung. Farben am Bildschirm und im Ausdruck dieses Korrekturabzugs sind nicht farbverbindlich; geringe Farbabweichungen im Druck sind technisch bedingt und kein Reklamationsgrund.</translation>
        </message>
        <message>
            <source>Case</source>
            <comment>dossier_case</comment>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Case number</source>
            <comment>case_number</comment>
            <translation>Fallnummer</translation>
        </message>
        <message>
            <source>Category</source>
            <comment>dossier_category</comment>
            <translation>Art</translation>
        </message>
        <message>
            <source>Changes</source>
            <comment>copy_changes</comment>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Changes asked for</source>
            <comment>changes</comment>
            <translation>Gewünschte Änderungen</translation>
        </message>
        <message>
            <source>Changes asked for on version {v} · {when}</source>
            <comment>requested_on</comment>
            <translation>Änderungswünsche zu Version {v} · {when}</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <comment>cert_title_changes</comment>
            <translation>Änderungswunsch</translation>
        </message>
        <message>
            <source>Changes the customer asked for</source>
            <comment>ticket_changes</comment>
            <translation>Vom Kunden gewünschte Änderungen</translation>
        </message>
        <message>
            <source>Checked at issue: ALTERED</source>
            <comment>not_verified</comment>
            <translation>Bei Ausstellung geprüft: VERÄNDERT</translation>
        </message>
        <message>
            <source>Checked at issue: unaltered</source>
            <comment>verified</comment>
            <translation>Bei Ausstellung geprüft: unverändert</translation>
        </message>
        <message>
            <source>Checklist as ticked</source>
            <comment>checklist_shown</comment>
            <translation>Checkliste, wie abgehakt</translation>
        </message>
        <message>
            <source>Colour simulation</source>
            <comment>colour_sim</comment>
            <translation>Farbsimulation</translation>
        </message>
        <message>
            <source>colour warning</source>
            <comment>gamut_label</comment>
            <translation>Farbwarnung</translation>
        </message>
        <message>
            <source>Colour warning: hatched areas print visibly different from the screen (ΔE above {limit})</source>
            <comment>gamut_title</comment>
            <translation>Farbwarnung: schraffierte Flächen drucken sichtbar anders als am Bildschirm (ΔE über {limit})</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>colors</comment>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Colours simulated for {profile}</source>
            <comment>simulated_for</comment>
            <translation>Farben simuliert für {profile}</translation>
        </message>
        <message>
            <source>Complaint</source>
            <comment>dossier_dispute</comment>
            <translation>Reklamation</translation>
        </message>
        <message>
            <source>Content fingerprint (SHA-256)</source>
            <comment>fingerprint</comment>
            <translation>Inhalts-Prüfsumme (SHA-256)</translation>
        </message>
        <message>
            <source>Copy made</source>
            <comment>copy_made</comment>
            <translation>Kopie erstellt</translation>
        </message>
        <message>
            <source>Copy-{number}.pdf</source>
            <comment>mail_copy_file</comment>
            <translation>Kopie-{number}.pdf</translation>
        </message>
        <message>
            <source>Customer</source>
            <comment>copy_by</comment>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Customer</source>
            <comment>customer</comment>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Customer</source>
            <comment>signed_by</comment>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Customer's decision on version {version}</source>
            <comment>dossier_approval</comment>
            <translation>Entscheidung des Kunden zu Version {version}</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>date</comment>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Dear customer,</source>
            <comment>ack_greeting_plain</comment>
            <translation>Guten Tag,</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <comment>ack_greeting</comment>
            <translation>Guten Tag {name},</translation>
        </message>
        <message>
            <source>Dear {name},

attached is the signed approval certificate of order {number} (proof version {version}).

Please keep it – it shows later what was approved:
  SHA-256 of the approval: {record}
  SHA-256 of the approved PDF: {pdf}
  Audit chain when sent: event {seq}, SHA-256 {head}

Any PDF reader that shows signatures shows the file's signature.

Kind regards
{shop}</source>
            <comment>mail_certificate_body</comment>
            <translation>Guten Tag {name},

im Anhang finden Sie die signierte Freigabebestätigung zu Auftrag {number} (Proof-Version {version}).

Zur Aufbewahrung – damit lässt sich später belegen, was freigegeben wurde:
  SHA-256 der Freigabe: {record}
  SHA-256 des freigegebenen PDFs: {pdf}
  Prüfkette beim Versand: Ereignis {seq}, SHA-256 {head}

Die Signatur der PDF-Datei zeigt jeder PDF-Leser mit Signaturanzeige an.

Mit freundlichen Grüßen
{shop}</translation>
        </message>
        <message>
            <source>Decided on</source>
            <comment>decided_on</comment>
            <translation>Entschieden am</translation>
        </message>
        <message>
            <source>Decision</source>
            <comment>copy_decision</comment>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Decision</source>
            <comment>decision</comment>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Dossier</source>
            <comment>dossier</comment>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>ticket_due</comment>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Due date</source>
            <comment>due</comment>
            <translation>Liefertermin</translation>
        </message>
        <message>
            <source>event {seq}</source>
            <comment>copy_event</comment>
            <translation>Ereignis {seq}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>evidence</comment>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>File prepared for</source>
            <comment>output_intent</comment>
            <translation>Datei angelegt für</translation>
        </message>
        <message>
            <source>Finished size</source>
            <comment>finished_size</comment>
            <translation>Endformat</translation>
        </message>
        <message>
            <source>Finishing</source>
            <comment>finishing</comment>
            <translation>Veredelung</translation>
        </message>
        <message>
            <source>Front</source>
            <comment>side_front</comment>
            <translation>Vorderseite</translation>
        </message>
        <message>
            <source>Handed over to</source>
            <comment>copy_handed_to</comment>
            <translation>Übergeben an</translation>
        </message>
        <message>
            <source>Hello,

attached is your copy of order {number}: {what}.

Please keep it:
  SHA-256 of the record: {record}
  Place in the audit chain: event {position}
  Audit chain when sent: event {seq}, SHA-256 {head}

Kind regards
{shop}</source>
            <comment>mail_copy_body</comment>
            <translation>Guten Tag,

im Anhang finden Sie Ihre Kopie zu Auftrag {number}: {what}.

Zur Aufbewahrung:
  SHA-256 des Datensatzes: {record}
  Platz in der Prüfkette: Ereignis {position}
  Prüfkette beim Versand: Ereignis {seq}, SHA-256 {head}

Mit freundlichen Grüßen
{shop}</translation>
        </message>
        <message>
            <source>Hello,

version {version} of the proof for your order {number} is ready for you to check. Please open it here, look at every page and approve it or tell us what to change:

{url}

To make sure it is you, the page first sends a code to this e-mail address. The link is valid until {until}.

Kind regards
{shop}</source>
            <comment>link_mail_body</comment>
            <translation>Guten Tag,

Version {version} des Korrekturabzugs für Ihren Auftrag {number} liegt zur Prüfung bereit. Bitte öffnen Sie ihn hier, sehen Sie sich jede Seite an und geben Sie ihn frei oder sagen Sie uns, was geändert werden soll:

{url}

Damit sicher ist, dass Sie es sind, schickt die Seite zuerst einen Code an diese E-Mail-Adresse. Der Link gilt bis {until}.

Mit freundlichen Grüßen
{shop}</translation>
        </message>
        <message>
            <source>Hello,

your order {number} ({product}, {quantity} pcs) is done and ready for pickup. Please show the code below at the counter or give the order number {number}.

Kind regards</source>
            <comment>ready_body</comment>
            <translation>Guten Tag,

Ihr Auftrag {number} ({product}, {quantity} Stück) ist fertig und kann abgeholt werden. Bitte zeigen Sie an der Theke den Code unten vor oder nennen Sie die Auftragsnummer {number}.

Viele Grüße</translation>
        </message>
        <message>
            <source>How</source>
            <comment>copy_method</comment>
            <translation>Art</translation>
        </message>
        <message>
            <source>How</source>
            <comment>method</comment>
            <translation>Form der Erklärung</translation>
        </message>
        <message>
            <source>I am aware: {text}</source>
            <comment>acknowledge</comment>
            <translation>Mir ist bekannt: {text}</translation>
        </message>
        <message>
            <source>I have checked this proof and approve it for print.</source>
            <comment>sign_here</comment>
            <translation>Ich habe den Korrekturabzug geprüft und gebe ihn zum Druck frei.</translation>
        </message>
        <message>
            <source>If you have any question about this answer, please contact us, naming case {case}.

Kind regards
{shop}</source>
            <comment>letter_closing</comment>
            <translation>Wenn Sie zu dieser Antwort eine Frage haben, wenden Sie sich bitte an uns und nennen Sie den Fall {case}.

Mit freundlichen Grüßen
{shop}</translation>
        </message>
        <message>
            <source>In addition: {reason}</source>
            <comment>letter_reason</comment>
            <translation>Außerdem: {reason}</translation>
        </message>
        <message>
            <source>In the customer's words</source>
            <comment>dossier_words</comment>
            <translation>In den Worten des Kunden</translation>
        </message>
        <message>
            <source>Issued</source>
            <comment>issued</comment>
            <translation>Ausgestellt</translation>
        </message>
        <message>
            <source>Job ticket</source>
            <comment>ticket_ticket</comment>
            <translation>Auftragstasche</translation>
        </message>
        <message>
            <source>Kind regards
{shop}</source>
            <comment>ack_closing</comment>
            <translation>Mit freundlichen Grüßen
{shop}</translation>
        </message>
        <message>
            <source>made by {who}</source>
            <comment>dossier_made_by</comment>
            <translation>erstellt von {who}</translation>
        </message>
        <message>
            <source>Marks on the proof</source>
            <comment>marks</comment>
            <translation>Markierungen auf dem Korrekturabzug</translation>
        </message>
        <message>
            <source>Marks SHA-256</source>
            <comment>markup_sha</comment>
            <translation>SHA-256 der Markierungen</translation>
        </message>
        <message>
            <source>Matches the approval</source>
            <comment>copy_matches</comment>
            <translation>Entspricht der Freigabe</translation>
        </message>
        <message>
            <source>Matches the approval</source>
            <comment>dossier_matches</comment>
            <translation>Entspricht der Freigabe</translation>
        </message>
        <message>
            <source>More marks: {n} (see the certificate of the request).</source>
            <comment>more_marks</comment>
            <translation>Weitere Markierungen: {n} (siehe Bestätigung des Änderungswunsches).</translation>
        </message>
        <message>
            <source>Name (printed)</source>
            <comment>name_print</comment>
            <translation>Name in Druckbuchstaben</translation>
        </message>
        <message>
            <source>No artwork yet.</source>
            <comment>no_artwork</comment>
            <translation>Noch keine Druckdaten.</translation>
        </message>
        <message>
            <source>No photos were taken with it.</source>
            <comment>ack_no_photos</comment>
            <translation>Fotos wurden dazu nicht aufgenommen.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <comment>preflight_ok</comment>
            <translation>Keine Auffälligkeiten gefunden.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>dossier_none</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>NOT APPROVED YET – do not print</source>
            <comment>ticket_not_approved</comment>
            <translation>NOCH NICHT FREIGEGEBEN – nicht drucken</translation>
        </message>
        <message>
            <source>Note of the call</source>
            <comment>phone_note</comment>
            <translation>Notiz zum Telefonat</translation>
        </message>
        <message>
            <source>Noted at the hand-over</source>
            <comment>copy_condition</comment>
            <translation>Bei der Übergabe vermerkt</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>ticket_notes</comment>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>On {date} you approved version {version} of the proof ({how}), signed as {name}.</source>
            <comment>letter_approved</comment>
            <translation>Am {date} haben Sie Version {version} des Korrekturabzugs freigegeben ({how}), unterschrieben als {name}.</translation>
        </message>
        <message>
            <source>On {date} you approved version {version} of the proof ({how}); it is recorded in the name of {name}.</source>
            <comment>letter_approved_told</comment>
            <translation>Am {date} haben Sie Version {version} des Korrekturabzugs freigegeben ({how}); sie ist auf den Namen {name} aufgenommen.</translation>
        </message>
        <message>
            <source>Order</source>
            <comment>order</comment>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Our answer to your complaint {case} about order {number}</source>
            <comment>letter_subject</comment>
            <translation>Unsere Antwort auf Ihre Reklamation {case} zu Auftrag {number}</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>copy_outcome</comment>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>dossier_outcome</comment>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Owner's decision</source>
            <comment>dossier_decision</comment>
            <translation>Entscheidung der Inhaberin / des Inhabers</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <comment>side_n</comment>
            <translation>Seite {n}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>page_of</comment>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Page {page} with marks</source>
            <comment>marks_page</comment>
            <translation>Seite {page} mit Markierungen</translation>
        </message>
        <message>
            <source>Pages {first}–{last}</source>
            <comment>sides_range</comment>
            <translation>Seiten {first}–{last}</translation>
        </message>
        <message>
            <source>pcs</source>
            <comment>ticket_quantity</comment>
            <translation>Stück</translation>
        </message>
        <message>
            <source>perceptual</source>
            <comment>intent_perceptual</comment>
            <translation>wahrnehmungsorientiert</translation>
        </message>
        <message>
            <source>Photo of the delivery</source>
            <comment>dossier_photo</comment>
            <translation>Foto der Lieferung</translation>
        </message>
        <message>
            <source>Pickup</source>
            <comment>dossier_pickup</comment>
            <translation>Abholung</translation>
        </message>
        <message>
            <source>Pickup</source>
            <comment>ticket_label</comment>
            <translation>Abholung</translation>
        </message>
        <message>
            <source>Place in the audit chain</source>
            <comment>copy_position</comment>
            <translation>Platz in der Prüfkette</translation>
        </message>
        <message>
            <source>Place, date</source>
            <comment>place_date</comment>
            <translation>Ort, Datum</translation>
        </message>
        <message>
            <source>Please check carefully</source>
            <comment>checklist</comment>
            <translation>Bitte prüfen Sie sorgfältig</translation>
        </message>
        <message>
            <source>Please check your proof for order {number} – {shop}</source>
            <comment>link_mail_subject</comment>
            <translation>Bitte prüfen Sie Ihren Korrekturabzug für Auftrag {number} – {shop}</translation>
        </message>
        <message>
            <source>Please keep this copy. These numbers prove later what was recorded: if this record, or anything before it, is changed or removed, the shop's audit chain no longer matches this copy.</source>
            <comment>copy_keep</comment>
            <translation>Bitte aufbewahren. Diese Zahlen belegen später, was festgehalten wurde: Wird dieser Eintrag oder etwas davor geändert oder entfernt, passt die Prüfkette des Betriebs nicht mehr zu dieser Kopie.</translation>
        </message>
        <message>
            <source>Preflight findings</source>
            <comment>dossier_findings</comment>
            <translation>Prüfung der Druckdaten</translation>
        </message>
        <message>
            <source>Preflight findings</source>
            <comment>preflight</comment>
            <translation>Prüfung der Druckdaten</translation>
        </message>
        <message>
            <source>Product</source>
            <comment>product</comment>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>PROOF</source>
            <comment>proof_title</comment>
            <translation>KORREKTURABZUG</translation>
        </message>
        <message>
            <source>Proof SHA-256</source>
            <comment>proof_sha</comment>
            <translation>SHA-256 des Proofs</translation>
        </message>
        <message>
            <source>Proof version</source>
            <comment>copy_version</comment>
            <translation>Proof-Version</translation>
        </message>
        <message>
            <source>Proof version</source>
            <comment>proof_version</comment>
            <translation>Proof-Version</translation>
        </message>
        <message>
            <source>Proof version {version}</source>
            <comment>dossier_proof</comment>
            <translation>Proof-Version {version}</translation>
        </message>
        <message>
            <source>PROOF – NOT FOR PRINT</source>
            <comment>watermark</comment>
            <translation>KORREKTUR – NICHT ZUM DRUCK</translation>
        </message>
        <message>
            <source>Quantity</source>
            <comment>quantity</comment>
            <translation>Auflage</translation>
        </message>
        <message>
            <source>Quantity handed over</source>
            <comment>copy_quantity</comment>
            <translation>Übergebene Menge</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>copy_reason</comment>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>dossier_reason</comment>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <comment>void_reason</comment>
            <translation>Grund des Widerrufs</translation>
        </message>
        <message>
            <source>Record SHA-256</source>
            <comment>record_sha</comment>
            <translation>SHA-256 des Datensatzes</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <comment>recorded_by</comment>
            <translation>Aufgenommen von</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <comment>recorded_on</comment>
            <translation>Aufgenommen am</translation>
        </message>
        <message>
            <source>relative colorimetric</source>
            <comment>intent_relative</comment>
            <translation>relativ farbmetrisch</translation>
        </message>
        <message>
            <source>Reminder: your proof for order {number} is waiting – {shop}</source>
            <comment>link_mail_reminder_subject</comment>
            <translation>Erinnerung: Ihr Korrekturabzug für Auftrag {number} wartet – {shop}</translation>
        </message>
        <message>
            <source>Replacement order</source>
            <comment>dossier_replacement</comment>
            <translation>Ersatzauftrag</translation>
        </message>
        <message>
            <source>Reprint of order {number} (not approved there).</source>
            <comment>reprint_of_unapproved</comment>
            <translation>Nachdruck von Auftrag {number} (dort ohne Druckfreigabe).</translation>
        </message>
        <message>
            <source>Reprint of order {number}; approved there: version {v} (SHA-256 {sha}).</source>
            <comment>reprint_of</comment>
            <translation>Nachdruck von Auftrag {number}; dort freigegeben: Version {v} (SHA-256 {sha}).</translation>
        </message>
        <message>
            <source>Safe zone</source>
            <comment>legend_safe</comment>
            <translation>Sicherheitsabstand</translation>
        </message>
        <message>
            <source>saturation</source>
            <comment>intent_saturation</comment>
            <translation>Sättigung</translation>
        </message>
        <message>
            <source>Scan to open the order</source>
            <comment>ticket_scan</comment>
            <translation>Scannen öffnet den Auftrag</translation>
        </message>
        <message>
            <source>SHA-256 of the approval</source>
            <comment>ticket_record_sha</comment>
            <translation>SHA-256 der Freigabe</translation>
        </message>
        <message>
            <source>SHA-256 of the approved PDF</source>
            <comment>ticket_pdf_sha</comment>
            <translation>SHA-256 des freigegebenen PDFs</translation>
        </message>
        <message>
            <source>SHA-256 of the record</source>
            <comment>copy_record</comment>
            <translation>SHA-256 des Datensatzes</translation>
        </message>
        <message>
            <source>Shown at {percent} % of the printed size</source>
            <comment>shown_at</comment>
            <translation>Verkleinert dargestellt: {percent} %</translation>
        </message>
        <message>
            <source>Sides</source>
            <comment>sides</comment>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Signature</source>
            <comment>signature</comment>
            <translation>Unterschrift</translation>
        </message>
        <message>
            <source>Signature for receipt</source>
            <comment>copy_receipt_signature</comment>
            <translation>Unterschrift für den Empfang</translation>
        </message>
        <message>
            <source>Something not right with this order? Tell us by this link, with photos from your phone: {url}</source>
            <comment>copy_complain</comment>
            <translation>Ist etwas mit diesem Auftrag nicht in Ordnung? Sagen Sie es uns über diesen Link, mit Fotos von Ihrem Handy: {url}</translation>
        </message>
        <message>
            <source>Specification</source>
            <comment>specification</comment>
            <translation>Auftragsdaten</translation>
        </message>
        <message>
            <source>Staff present</source>
            <comment>staff_present</comment>
            <translation>Anwesend</translation>
        </message>
        <message>
            <source>Stock</source>
            <comment>stock</comment>
            <translation>Papier / Material</translation>
        </message>
        <message>
            <source>Terms</source>
            <comment>terms</comment>
            <translation>Bedingungen</translation>
        </message>
        <message>
            <source>Terms as shown</source>
            <comment>terms_shown</comment>
            <translation>Bedingungen, wie gezeigt</translation>
        </message>
        <message>
            <source>thank you for telling us. We recorded your complaint about order {number} on {date}; its case number is {case}. Please give it whenever you contact us about it.</source>
            <comment>ack_recorded</comment>
            <translation>vielen Dank für Ihre Nachricht. Wir haben Ihre Reklamation zu Auftrag {number} am {date} aufgenommen; ihre Fallnummer ist {case}. Bitte nennen Sie sie, wann immer Sie uns dazu schreiben oder anrufen.</translation>
        </message>
        <message>
            <source>thank you for your patience. We have checked your complaint about order {number} ({product}) carefully against the proof you approved.</source>
            <comment>letter_checked</comment>
            <translation>danke für Ihre Geduld. Wir haben Ihre Reklamation zu Auftrag {number} ({product}) sorgfältig anhand des Korrekturabzugs geprüft, den Sie freigegeben haben.</translation>
        </message>
        <message>
            <source>The approval records these points as checked: {items}.</source>
            <comment>letter_ticked_told</comment>
            <translation>Die Freigabe vermerkt diese Punkte als geprüft: {items}.</translation>
        </message>
        <message>
            <source>The approved proof follows.</source>
            <comment>approved_proof_follows</comment>
            <translation>Es folgt der freigegebene Korrekturabzug.</translation>
        </message>
        <message>
            <source>The customer was told of</source>
            <comment>told_of</comment>
            <translation>Dem Kunden mitgeteilt</translation>
        </message>
        <message>
            <source>The customer's signature</source>
            <comment>copy_signature</comment>
            <translation>Unterschrift des Kunden</translation>
        </message>
        <message>
            <source>The order stands as delivered and invoiced.</source>
            <comment>letter_next_pays</comment>
            <translation>Es bleibt bei dem Auftrag, wie er geliefert und berechnet wurde.</translation>
        </message>
        <message>
            <source>The order was handed over on {date}; {name} signed for it.</source>
            <comment>letter_handover</comment>
            <translation>Der Auftrag wurde am {date} übergeben; {name} hat den Empfang unterschrieben.</translation>
        </message>
        <message>
            <source>The pages of every proof version and the approval certificate follow.</source>
            <comment>dossier_pages_follow</comment>
            <translation>Es folgen die Seiten aller Proof-Versionen und die Freigabebestätigung.</translation>
        </message>
        <message>
            <source>The portal's signed receipt</source>
            <comment>portal_receipt</comment>
            <translation>Signierte Quittung des Portals</translation>
        </message>
        <message>
            <source>The proof on which the changes were asked for follows.</source>
            <comment>changes_proof_follows</comment>
            <translation>Es folgt der Korrekturabzug, zu dem die Änderungen gewünscht wurden.</translation>
        </message>
        <message>
            <source>The proof showed the colours as our press prints them ({profile}).</source>
            <comment>letter_colours</comment>
            <translation>Der Korrekturabzug zeigte die Farben so, wie unsere Druckmaschine sie druckt ({profile}).</translation>
        </message>
        <message>
            <source>The signed approval certificate is attached; it shows the approved proof page by page.</source>
            <comment>letter_certificate</comment>
            <translation>Die signierte Freigabebestätigung liegt bei; sie zeigt den freigegebenen Korrekturabzug Seite für Seite.</translation>
        </message>
        <message>
            <source>The terms of the approval read: “{terms}”</source>
            <comment>letter_terms_told</comment>
            <translation>Die Bedingungen der Freigabe lauten: „{terms}“</translation>
        </message>
        <message>
            <source>The terms you accepted with your signature read: “{terms}”</source>
            <comment>letter_terms</comment>
            <translation>Die Bedingungen, die Sie mit Ihrer Unterschrift angenommen haben, lauten: „{terms}“</translation>
        </message>
        <message>
            <source>This certificate records the changes the customer asked for on exactly the proof attached below. This proof is not approved for print. The certificate is digitally signed; any later change invalidates the signature.</source>
            <comment>cert_intro_changes</comment>
            <translation>Diese Bestätigung dokumentiert die Änderungswünsche des Kunden zu genau dem unten beigefügten Korrekturabzug. Dieser Korrekturabzug ist nicht zum Druck freigegeben. Die Bestätigung ist digital signiert; jede spätere Änderung macht die Signatur ungültig.</translation>
        </message>
        <message>
            <source>This certificate records the customer's decision on exactly the proof attached below. It is digitally signed; any later change invalidates the signature.</source>
            <comment>cert_intro</comment>
            <translation>Diese Bestätigung dokumentiert die Entscheidung des Kunden zu genau dem unten beigefügten Korrekturabzug. Sie ist digital signiert; jede spätere Änderung macht die Signatur ungültig.</translation>
        </message>
        <message>
            <source>Time</source>
            <comment>copy_when</comment>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Time</source>
            <comment>time</comment>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>To complain: scan</source>
            <comment>copy_complain_qr</comment>
            <translation>Reklamieren: scannen</translation>
        </message>
        <message>
            <source>Trim (cut)</source>
            <comment>legend_trim</comment>
            <translation>Endformat (Schnitt)</translation>
        </message>
        <message>
            <source>True size (100 %)</source>
            <comment>true_size</comment>
            <translation>Originalgröße (100 %)</translation>
        </message>
        <message>
            <source>Version</source>
            <comment>version</comment>
            <translation>Version</translation>
        </message>
        <message>
            <source>VOIDED</source>
            <comment>voided</comment>
            <translation>WIDERRUFEN</translation>
        </message>
        <message>
            <source>We are sorry: part of the delivery does not match what you approved. {reason}</source>
            <comment>letter_sorry_partly</comment>
            <translation>Es tut uns leid: Ein Teil der Lieferung entspricht nicht dem, was Sie freigegeben haben. {reason}</translation>
        </message>
        <message>
            <source>We are sorry: the delivery does not match what you approved. {reason}</source>
            <comment>letter_sorry</comment>
            <translation>Es tut uns leid: Die Lieferung entspricht nicht dem, was Sie freigegeben haben. {reason}</translation>
        </message>
        <message>
            <source>We give you a discount of {amount} on this order.</source>
            <comment>letter_next_discount_amount</comment>
            <translation>Wir gewähren Ihnen einen Nachlass von {amount} auf diesen Auftrag.</translation>
        </message>
        <message>
            <source>We give you a discount on this order; we agree the amount with you.</source>
            <comment>letter_next_discount</comment>
            <translation>Wir gewähren Ihnen einen Nachlass auf diesen Auftrag; den Betrag stimmen wir mit Ihnen ab.</translation>
        </message>
        <message numerus="yes">
            <source>We keep {count} photo of what was delivered with it.</source>
            <comment>ack_photos</comment>
            <extracomment>English plural: We keep {count} photos of what was delivered with it.</extracomment>
            <translation>
                <numerusform>Wir bewahren dazu {count} Foto der Lieferung auf.</numerusform>
                <numerusform>Wir bewahren dazu {count} Fotos der Lieferung auf.</numerusform>
            </translation>
        </message>
        <message>
            <source>We look at it carefully against the proof you approved and will answer you by {date} at the latest.</source>
            <comment>ack_answer_by</comment>
            <translation>Wir prüfen sie sorgfältig anhand des Korrekturabzugs, den Sie freigegeben haben, und antworten Ihnen spätestens bis zum {date}.</translation>
        </message>
        <message>
            <source>We make a new proof for you to approve; the new print run is at your cost.</source>
            <comment>letter_next_new_proof</comment>
            <translation>Wir erstellen einen neuen Korrekturabzug zur Freigabe; der neue Druck geht auf Ihre Kosten.</translation>
        </message>
        <message>
            <source>We print the job again at our cost and tell you as soon as it is ready for you.</source>
            <comment>letter_next_reprint</comment>
            <translation>Wir drucken den Auftrag auf unsere Kosten neu und sagen Ihnen Bescheid, sobald er für Sie bereitliegt.</translation>
        </message>
        <message>
            <source>We print the job again at our cost as order {number}, due on {date}; we tell you as soon as it is ready for you.</source>
            <comment>letter_next_replacement</comment>
            <translation>Wir drucken den Auftrag auf unsere Kosten neu, als Auftrag {number}, fällig am {date}; wir sagen Ihnen Bescheid, sobald er für Sie bereitliegt.</translation>
        </message>
        <message>
            <source>We recorded it in your words:</source>
            <comment>ack_words</comment>
            <translation>Wir haben sie in Ihren Worten aufgenommen:</translation>
        </message>
        <message>
            <source>We refund the price of this order.</source>
            <comment>letter_next_refund</comment>
            <translation>Wir erstatten Ihnen den Preis dieses Auftrags.</translation>
        </message>
        <message>
            <source>We refund you {amount}.</source>
            <comment>letter_next_refund_amount</comment>
            <translation>Wir erstatten Ihnen {amount}.</translation>
        </message>
        <message>
            <source>What we delivered matches the proof you approved. The facts it rests on:</source>
            <comment>letter_matches</comment>
            <translation>Was wir geliefert haben, entspricht dem Korrekturabzug, den Sie freigegeben haben. Das beruht auf diesen Tatsachen:</translation>
        </message>
        <message>
            <source>with black-point compensation</source>
            <comment>bpc_on</comment>
            <translation>mit Tiefenkompensierung</translation>
        </message>
        <message>
            <source>without black-point compensation</source>
            <comment>bpc_off</comment>
            <translation>ohne Tiefenkompensierung</translation>
        </message>
        <message>
            <source>workstation</source>
            <comment>workstation</comment>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>You acknowledged: {items}</source>
            <comment>letter_acknowledged</comment>
            <translation>Sie haben bestätigt: {items}</translation>
        </message>
        <message>
            <source>Your approval certificate – order {number}</source>
            <comment>mail_certificate_subject</comment>
            <translation>Ihre Freigabebestätigung – Auftrag {number}</translation>
        </message>
        <message>
            <source>Your complaint {case} about order {number}</source>
            <comment>ack_subject</comment>
            <translation>Ihre Reklamation {case} zu Auftrag {number}</translation>
        </message>
        <message>
            <source>Your copy – order {number}</source>
            <comment>mail_copy_subject</comment>
            <translation>Ihre Kopie – Auftrag {number}</translation>
        </message>
        <message>
            <source>Your copy: approval for print</source>
            <comment>copy_approval</comment>
            <translation>Ihre Kopie: Druckfreigabe</translation>
        </message>
        <message>
            <source>Your copy: decision on the complaint</source>
            <comment>copy_dispute_decision</comment>
            <translation>Ihre Kopie: Entscheidung zur Reklamation</translation>
        </message>
        <message>
            <source>Your copy: hand-over</source>
            <comment>copy_pickup</comment>
            <translation>Ihre Kopie: Abholung</translation>
        </message>
        <message>
            <source>Your order {number} is ready for pickup – {shop}</source>
            <comment>ready_subject</comment>
            <translation>Ihr Auftrag {number} ist abholbereit – {shop}</translation>
        </message>
        <message>
            <source>{count} of {ordered} pieces</source>
            <comment>copy_quantity_of</comment>
            <translation>{count} von {ordered} Stück</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more finding (each page shows its own in the proof viewer).</source>
            <comment>more_findings</comment>
            <extracomment>English plural: … and {n} more findings (each page shows its own in the proof viewer).</extracomment>
            <translation>
                <numerusform>… und {n} weiterer Befund (jede Seite zeigt ihren im Proof-Viewer).</numerusform>
                <numerusform>… und {n} weitere Befunde (jede Seite zeigt ihre im Proof-Viewer).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditOrderDialog</name>
        <message>
            <source>Bleed</source>
            <translation>Beschnittzugabe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Change order {number}</source>
            <translation>Auftrag {number} ändern</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Customer's language</source>
            <translation>Sprache des Kunden</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Liefertermin</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Finished size (W × H)</source>
            <translation>Endformat (B × H)</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Veredelung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Auflage</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Papier / Material</translation>
        </message>
        <message>
            <source>The customer approved this order: its specification and customer are locked. A change needs a new proof – the owner first voids the approval. The due date and notes can change.</source>
            <translation>Der Kunde hat diesen Auftrag freigegeben: Auftragsdaten und Kunde sind gesperrt. Eine Änderung braucht einen neuen Proof – die Inhaberin / der Inhaber widerruft zuerst die Freigabe. Liefertermin und Notizen lassen sich ändern.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Artwork frozen since the approval on {when}</source>
            <translation>Druckdaten eingefroren seit der Freigabe am {when}</translation>
        </message>
        <message>
            <source>Changes the customer asked for</source>
            <translation>Vom Kunden gewünschte Änderungen</translation>
        </message>
        <message>
            <source>Checklist as ticked by the customer</source>
            <translation>Checkliste, wie vom Kunden abgehakt</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Complaint {n} ({category}), {when}, taken by {staff}</source>
            <translation>Reklamation {n} ({category}), {when}, aufgenommen von {staff}</translation>
        </message>
        <message>
            <source>Copies the customer was given</source>
            <translation>Kopien, die der Kunde erhalten hat</translation>
        </message>
        <message>
            <source>Due: {date}</source>
            <translation>Fällig: {date}</translation>
        </message>
        <message>
            <source>Findings acknowledged</source>
            <translation>Bestätigte Prüfhinweise</translation>
        </message>
        <message>
            <source>Findings the customer was told of</source>
            <translation>Prüfhinweise, auf die der Kunde hingewiesen wurde</translation>
        </message>
        <message>
            <source>Hand-over signature of {name}</source>
            <translation>Unterschrift bei der Übergabe von {name}</translation>
        </message>
        <message>
            <source>Handed over to {name} on {when} by {staff}</source>
            <translation>Übergeben an {name} am {when} von {staff}</translation>
        </message>
        <message>
            <source>No due date agreed.</source>
            <translation>Kein Liefertermin vereinbart.</translation>
        </message>
        <message>
            <source>Not decided yet.</source>
            <translation>Noch nicht entschieden.</translation>
        </message>
        <message>
            <source>Noted: {text}</source>
            <translation>Vermerkt: {text}</translation>
        </message>
        <message>
            <source>Owner's decision ({by}, {when}): {outcome}. Matches the approval: {matches}.</source>
            <translation>Entscheidung der Inhaberin/des Inhabers ({by}, {when}): {outcome}. Entspricht der Freigabe: {matches}.</translation>
        </message>
        <message>
            <source>Photo {n} of complaint {case}</source>
            <translation>Foto {n} der Reklamation {case}</translation>
        </message>
        <message>
            <source>Show the photo large</source>
            <translation>Foto groß zeigen</translation>
        </message>
        <message>
            <source>Terms as shown to the customer</source>
            <translation>Bedingungen, wie dem Kunden gezeigt</translation>
        </message>
        <message>
            <source>The approved proof showed the press colours of {profile}.</source>
            <translation>Der freigegebene Proof zeigte die Druckfarben von {profile}.</translation>
        </message>
        <message>
            <source>The hand-over signature (receipt)</source>
            <translation>Die Unterschrift bei der Übergabe (Empfangsbestätigung)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Version {v}: {text}</source>
            <translation>Version {v}: {text}</translation>
        </message>
        <message>
            <source>What was delivered, photographed (complaint {n})</source>
            <translation>Was geliefert wurde, fotografiert (Reklamation {n})</translation>
        </message>
        <message>
            <source>Why: {reason}</source>
            <translation>Begründung: {reason}</translation>
        </message>
        <message>
            <source>{handed} of {ordered} pieces handed over; {open} still open.</source>
            <translation>{handed} von {ordered} Stück übergeben; {open} noch offen.</translation>
        </message>
        <message>
            <source>{when}: copy of the {record}, {how}</source>
            <translation>{when}: Kopie der {record}, {how}</translation>
        </message>
    </context>
    <context>
        <name>Finding words</name>
        <message>
            <source>a page without TrimBox or ArtBox</source>
            <comment>pdfx_trim_box</comment>
            <translation>eine Seite ohne TrimBox oder ArtBox</translation>
        </message>
        <message>
            <source>and</source>
            <comment>and</comment>
            <translation>und</translation>
        </message>
        <message>
            <source>area</source>
            <comment>graphics</comment>
            <translation>Fläche</translation>
        </message>
        <message>
            <source>bottom</source>
            <comment>bottom</comment>
            <translation>unten</translation>
        </message>
        <message>
            <source>bottom centre</source>
            <comment>bottom_centre</comment>
            <translation>unten Mitte</translation>
        </message>
        <message>
            <source>bottom left</source>
            <comment>bottom_left</comment>
            <translation>unten links</translation>
        </message>
        <message>
            <source>bottom right</source>
            <comment>bottom_right</comment>
            <translation>unten rechts</translation>
        </message>
        <message>
            <source>centre</source>
            <comment>centre</comment>
            <translation>Mitte</translation>
        </message>
        <message>
            <source>centre left</source>
            <comment>centre_left</comment>
            <translation>Mitte links</translation>
        </message>
        <message>
            <source>centre right</source>
            <comment>centre_right</comment>
            <translation>Mitte rechts</translation>
        </message>
        <message>
            <source>encrypted</source>
            <comment>pdfx_encrypted</comment>
            <translation>verschlüsselt</translation>
        </message>
        <message>
            <source>fonts not embedded</source>
            <comment>pdfx_fonts</comment>
            <translation>nicht eingebettete Schriften</translation>
        </message>
        <message>
            <source>image</source>
            <comment>image</comment>
            <translation>Bild</translation>
        </message>
        <message>
            <source>left</source>
            <comment>left</comment>
            <translation>links</translation>
        </message>
        <message>
            <source>line</source>
            <comment>lines</comment>
            <translation>Linie</translation>
        </message>
        <message>
            <source>narrow</source>
            <comment>narrow</comment>
            <translation>schmal</translation>
        </message>
        <message>
            <source>no PDF/X output intent</source>
            <comment>pdfx_output_intent</comment>
            <translation>keine PDF/X-Ausgabebedingung (Output Intent)</translation>
        </message>
        <message>
            <source>RGB colours in text and graphics</source>
            <comment>rgb_vector</comment>
            <translation>RGB-Farben in Text und Grafik</translation>
        </message>
        <message>
            <source>RGB or Lab colour (PDF/X-1a allows CMYK, grey and spot colours only)</source>
            <comment>pdfx_colour_1a</comment>
            <translation>RGB- oder Lab-Farbe (PDF/X-1a erlaubt nur CMYK, Grau und Sonderfarben)</translation>
        </message>
        <message>
            <source>right</source>
            <comment>right</comment>
            <translation>rechts</translation>
        </message>
        <message>
            <source>short</source>
            <comment>short</comment>
            <translation>kurz</translation>
        </message>
        <message>
            <source>tall</source>
            <comment>tall</comment>
            <translation>hoch</translation>
        </message>
        <message>
            <source>text</source>
            <comment>text</comment>
            <translation>Text</translation>
        </message>
        <message>
            <source>top</source>
            <comment>top</comment>
            <translation>oben</translation>
        </message>
        <message>
            <source>top centre</source>
            <comment>top_centre</comment>
            <translation>oben Mitte</translation>
        </message>
        <message>
            <source>top left</source>
            <comment>top_left</comment>
            <translation>oben links</translation>
        </message>
        <message>
            <source>top right</source>
            <comment>top_right</comment>
            <translation>oben rechts</translation>
        </message>
        <message>
            <source>transparency (not allowed in PDF/X-1a and PDF/X-3)</source>
            <comment>pdfx_transparency</comment>
            <translation>Transparenz (in PDF/X-1a und PDF/X-3 nicht erlaubt)</translation>
        </message>
        <message>
            <source>wide</source>
            <comment>wide</comment>
            <translation>breit</translation>
        </message>
        <message numerus="yes">
            <source>{n} Lab image</source>
            <comment>lab_images</comment>
            <extracomment>English plural: {n} Lab images</extracomment>
            <translation>
                <numerusform>{n} Lab-Bild</numerusform>
                <numerusform>{n} Lab-Bilder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} RGB image</source>
            <comment>rgb_images</comment>
            <extracomment>English plural: {n} RGB images</extracomment>
            <translation>
                <numerusform>{n} RGB-Bild</numerusform>
                <numerusform>{n} RGB-Bilder</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>There is no artwork yet.</source>
            <comment>no_artwork</comment>
            <translation>Es sind noch keine Druckdaten vorhanden.</translation>
        </message>
        <message>
            <source>{side} is missing: the job is {colors} but there is no artwork for it.</source>
            <comment>missing_side</comment>
            <translation>{side} fehlt: bestellt ist {colors}, aber es gibt keine Daten dafür.</translation>
        </message>
        <message>
            <source>{side}, image {where}: only {ppi} ppi at its placed size – it will print visibly blurred.</source>
            <comment>very_low_resolution.image</comment>
            <translation>{side}, Bild {where}: nur {ppi} ppi in der platzierten Größe – es wird sichtbar unscharf gedruckt.</translation>
        </message>
        <message>
            <source>{side}, image {where}: {ppi} ppi at its placed size (300 ppi recommended).</source>
            <comment>low_resolution.image</comment>
            <translation>{side}, Bild {where}: {ppi} ppi in der platzierten Größe (empfohlen: 300 ppi).</translation>
        </message>
        <message>
            <source>{side}: artwork has no bleed ({size} instead of {bleed_size}) – white edges may show.</source>
            <comment>no_bleed</comment>
            <translation>{side}: Daten ohne Anschnitt ({size} statt {bleed_size}) – weiße Blitzer am Rand möglich.</translation>
        </message>
        <message>
            <source>{side}: aspect ratio does not match – at {width} mm wide the artwork is {diff} mm too {direction}.</source>
            <comment>aspect_mismatch</comment>
            <translation>{side}: Seitenverhältnis passt nicht – auf {width} mm Breite ist die Datei {diff} mm zu {direction}.</translation>
        </message>
        <message>
            <source>{side}: content lies inside the safe zone ({edges}) and may be cut off.</source>
            <comment>content_near_cut</comment>
            <translation>{side}: Inhalt liegt im Sicherheitsabstand ({edges}) und kann angeschnitten werden.</translation>
        </message>
        <message>
            <source>{side}: font “{font}” is a Type 3 font (drawn as graphics) – please check it closely.</source>
            <comment>font_type3</comment>
            <translation>{side}: Schrift „{font}“ ist eine Type-3-Schrift (als Grafik beschrieben) – bitte genau prüfen.</translation>
        </message>
        <message>
            <source>{side}: font “{font}” is not embedded – the press will use a substitute font.</source>
            <comment>font_not_embedded</comment>
            <translation>{side}: Schrift „{font}“ ist nicht eingebettet – gedruckt wird mit einer Ersatzschrift.</translation>
        </message>
        <message>
            <source>{side}: only {dpi} dpi at printed size – the print will look visibly blurred.</source>
            <comment>very_low_resolution</comment>
            <translation>{side}: nur {dpi} dpi bei Druckgröße – der Druck wird sichtbar unscharf.</translation>
        </message>
        <message>
            <source>{side}: overprint is used – objects print on top of each other instead of knocking out; please check the colours closely.</source>
            <comment>overprint</comment>
            <translation>{side}: Überdrucken wird verwendet – Objekte drucken übereinander statt auszusparen; bitte Farben genau prüfen.</translation>
        </message>
        <message>
            <source>{side}: RGB artwork for a CMYK job – colours may shift in print.</source>
            <comment>rgb_for_cmyk</comment>
            <translation>{side}: RGB-Daten für einen CMYK-Druck – Farben können sich ändern.</translation>
        </message>
        <message>
            <source>{side}: spot colour “{name}” in a job ordered as 4-colour process – it is converted to CMYK and may look different.</source>
            <comment>spot_color</comment>
            <translation>{side}: Sonderfarbe „{name}“ in einem 4-farbig (CMYK) bestellten Druck – sie wird in CMYK umgewandelt und kann anders aussehen.</translation>
        </message>
        <message>
            <source>{side}: the file claims to be {claim} but is not: {rules} – it may not print as its designer expects.</source>
            <comment>pdfx_broken</comment>
            <translation>{side}: die Datei gibt sich als {claim} aus, ist es aber nicht: {rules} – sie wird womöglich nicht so gedruckt, wie es die Gestalterin oder der Gestalter erwartet.</translation>
        </message>
        <message>
            <source>{side}: the job is {colors} (one-sided); this side will not be printed.</source>
            <comment>extra_side</comment>
            <translation>{side}: bestellt ist {colors} (einseitig), diese Seite wird nicht gedruckt.</translation>
        </message>
        <message>
            <source>{side}: the page is too complex to check every object; please look at it especially closely.</source>
            <comment>too_complex</comment>
            <translation>{side}: die Seite ist zu umfangreich, um jedes Objekt zu prüfen; bitte besonders genau ansehen.</translation>
        </message>
        <message>
            <source>{side}: the PDF has {found} mm bleed, {bleed} mm are ordered – white edges may show.</source>
            <comment>no_bleed.pdf</comment>
            <translation>{side}: die PDF hat {found} mm Anschnitt, bestellt sind {bleed} mm – weiße Blitzer am Rand möglich.</translation>
        </message>
        <message>
            <source>{side}: the PDF is prepared for “{name}” (PDF/X output intent).</source>
            <comment>output_intent</comment>
            <translation>{side}: die PDF ist für „{name}“ angelegt (PDF/X-Ausgabebedingung).</translation>
        </message>
        <message>
            <source>{side}: the PDF is prepared for “{name}”, the press prints to “{press}” – colours will differ.</source>
            <comment>output_intent_differs</comment>
            <translation>{side}: die PDF ist für „{name}“ angelegt, gedruckt wird nach „{press}“ – Farben weichen ab.</translation>
        </message>
        <message>
            <source>{side}: the PDF's finished size (TrimBox) is {found}; the order is {size}.</source>
            <comment>trim_mismatch</comment>
            <translation>{side}: Endformat der PDF (TrimBox) ist {found}, bestellt ist {size}.</translation>
        </message>
        <message>
            <source>{side}: total ink coverage up to {percent} % ({where}; limit {limit} %) – risk of set-off and drying problems.</source>
            <comment>ink_coverage</comment>
            <translation>{side}: Gesamtfarbauftrag bis {percent} % ({where}; Grenze {limit} %) – Gefahr von Abliegen und Trocknungsproblemen.</translation>
        </message>
        <message>
            <source>{side}: white {what} ({where}) set to overprint – it vanishes in print.</source>
            <comment>white_overprint</comment>
            <translation>{side}: weiße(r) {what} ({where}) auf Überdrucken gestellt – verschwindet im Druck.</translation>
        </message>
        <message numerus="yes">
            <source>{side}: {count} form field or comment – shown as a PDF reader prints it.</source>
            <comment>annotations</comment>
            <extracomment>English plural: {side}: {count} form fields or comments – shown as a PDF reader prints them.</extracomment>
            <translation>
                <numerusform>{side}: {count} Formularfeld oder Kommentar – gezeigt, wie ein PDF-Programm es druckt.</numerusform>
                <numerusform>{side}: {count} Formularfelder oder Kommentare – gezeigt, wie ein PDF-Programm sie druckt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{side}: {count} line of width 0 ({where}) – drawn as thin as the device can, it vanishes in print.</source>
            <comment>hairline.zero</comment>
            <extracomment>English plural: {side}: {count} lines of width 0 ({where}) – drawn as thin as the device can, they vanish in print.</extracomment>
            <translation>
                <numerusform>{side}: {count} Linie mit Linienstärke 0 ({where}) – so dünn, wie das Gerät zeichnen kann, verschwindet sie im Druck.</numerusform>
                <numerusform>{side}: {count} Linien mit Linienstärke 0 ({where}) – so dünn, wie das Gerät zeichnen kann, verschwinden sie im Druck.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{side}: {count} line thinner than 0.25 pt: {width} pt ({mm} mm, {where}) – it may break up or vanish in print.</source>
            <comment>hairline</comment>
            <extracomment>English plural: {side}: {count} lines thinner than 0.25 pt, the thinnest {width} pt ({mm} mm, {where}) – they may break up or vanish in print.</extracomment>
            <translation>
                <numerusform>{side}: {count} Linie dünner als 0,25 pt: {width} pt ({mm} mm, {where}) – sie kann im Druck abreißen oder verschwinden.</numerusform>
                <numerusform>{side}: {count} Linien dünner als 0,25 pt, die dünnste {width} pt ({mm} mm, {where}) – sie können im Druck abreißen oder verschwinden.</numerusform>
            </translation>
        </message>
        <message>
            <source>{side}: {dpi} dpi at printed size (300 dpi recommended).</source>
            <comment>low_resolution</comment>
            <translation>{side}: Auflösung {dpi} dpi bei Druckgröße (empfohlen: 300 dpi).</translation>
        </message>
        <message>
            <source>{side}: {items} in a CMYK job – colours change when they are converted.</source>
            <comment>rgb_for_cmyk.pdf</comment>
            <translation>{side}: {items} für einen CMYK-Druck – die Farben ändern sich bei der Umwandlung.</translation>
        </message>
        <message>
            <source>{side}: {percent} % of the area prints visibly different from the screen (ΔE above {limit}) – marked on the colour warning page.</source>
            <comment>out_of_gamut</comment>
            <translation>{side}: {percent} % der Fläche druckt sichtbar anders als am Bildschirm (ΔE über {limit}) – auf der Farbwarnungs-Seite markiert.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>6 to 12 digits, or a passphrase of 12 or more characters</source>
            <translation>6 bis 12 Ziffern oder eine Passphrase ab 12 Zeichen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Logo wählen…</translation>
        </message>
        <message>
            <source>Language of proofs</source>
            <translation>Sprache der Korrekturabzüge</translation>
        </message>
        <message>
            <source>Logo (optional)</source>
            <translation>Logo (optional)</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>kein Logo</translation>
        </message>
        <message>
            <source>Open the demo shop</source>
            <translation>Demo-Druckerei öffnen</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>Name der Inhaberin / des Inhabers</translation>
        </message>
        <message>
            <source>Owner's PIN</source>
            <translation>PIN der Inhaberin / des Inhabers</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <source>Preparing the demo shop (about half a minute)…</source>
            <translation>Die Demo-Druckerei wird vorbereitet (etwa eine halbe Minute)…</translation>
        </message>
        <message>
            <source>Set up shop</source>
            <translation>Druckerei einrichten</translation>
        </message>
        <message>
            <source>Set up your shop once. You can change everything later in Settings.</source>
            <translation>Richten Sie Ihre Druckerei einmal ein. Alles lässt sich später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Setting up the shop…</source>
            <translation>Die Druckerei wird eingerichtet…</translation>
        </message>
        <message>
            <source>Shop logo</source>
            <translation>Logo der Druckerei</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>Name der Druckerei</translation>
        </message>
        <message>
            <source>Sign in as one of these people:</source>
            <translation>Melden Sie sich als eine dieser Personen an:</translation>
        </message>
        <message>
            <source>Street, postcode and town (printed on every proof)</source>
            <translation>Straße, PLZ und Ort (steht auf jedem Proof)</translation>
        </message>
        <message>
            <source>The demo shop is ready</source>
            <translation>Die Demo-Druckerei ist bereit</translation>
        </message>
        <message>
            <source>The two PINs differ; please type them again.</source>
            <translation>Die beiden PINs sind verschieden; bitte erneut eingeben.</translation>
        </message>
        <message>
            <source>Welcome to PrintProof</source>
            <translation>Willkommen bei PrintProof</translation>
        </message>
        <message>
            <source>{name} ({role}): PIN {pin}</source>
            <translation>{name} ({role}): PIN {pin}</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source> pcs</source>
            <translation> Stück</translation>
        </message>
        <message>
            <source>&amp;Quantity handed over:</source>
            <translation>Übergebene &amp;Menge:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Condition of the goods handed over</source>
            <translation>Zustand der übergebenen Ware</translation>
        </message>
        <message>
            <source>Condition, if worth noting (e.g. boxes sealed, counted together)</source>
            <translation>Zustand, falls erwähnenswert (z. B. Kartons versiegelt, gemeinsam gezählt)</translation>
        </message>
        <message>
            <source>Confirm receipt</source>
            <translation>Empfang bestätigen</translation>
        </message>
        <message>
            <source>Everything still open ({count} of {ordered}).</source>
            <translation>Alles noch Offene ({count} von {ordered}).</translation>
        </message>
        <message>
            <source>Hand over {number}</source>
            <translation>{number} übergeben</translation>
        </message>
        <message>
            <source>Name of the person collecting</source>
            <translation>Name der abholenden Person</translation>
        </message>
        <message>
            <source>Part delivery: {rest} of {ordered} stay open for a later hand-over.</source>
            <translation>Teillieferung: {rest} von {ordered} bleiben für eine spätere Übergabe offen.</translation>
        </message>
        <message>
            <source>Quantity handed over</source>
            <translation>Übergebene Menge</translation>
        </message>
        <message>
            <source>Saving the handover…</source>
            <translation>Die Übergabe wird gespeichert…</translation>
        </message>
        <message>
            <source>The customer confirms receipt with their name and signature.</source>
            <translation>Der Kunde bestätigt den Empfang mit Namen und Unterschrift.</translation>
        </message>
    </context>
    <context>
        <name>IdentifyDialog</name>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Open order {number}</source>
            <translation>Auftrag {number} öffnen</translation>
        </message>
        <message>
            <source>SHA-256 of the file: {sha}</source>
            <translation>SHA-256 der Datei: {sha}</translation>
        </message>
        <message>
            <source>What is this file?</source>
            <translation>Was ist diese Datei?</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Approval voided by the owner: {reason}</source>
            <translation>Freigabe von der Inhaberin / dem Inhaber widerrufen: {reason}</translation>
        </message>
        <message>
            <source>Artwork added: {file}</source>
            <translation>Druckdaten hinzugefügt: {file}</translation>
        </message>
        <message>
            <source>Artwork removed: {file}</source>
            <translation>Druckdaten entfernt: {file}</translation>
        </message>
        <message>
            <source>bleed</source>
            <translation>Beschnittzugabe</translation>
        </message>
        <message>
            <source>Changes asked for: {changes}</source>
            <translation>Gewünschte Änderungen: {changes}</translation>
        </message>
        <message>
            <source>colours</source>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Complaint decided: {outcome}</source>
            <translation>Reklamation entschieden: {outcome}</translation>
        </message>
        <message>
            <source>Complaint photo laid on the approved proof</source>
            <translation>Reklamationsfoto auf den freigegebenen Proof gelegt</translation>
        </message>
        <message>
            <source>Complaint recorded: {category}</source>
            <translation>Reklamation aufgenommen: {category}</translation>
        </message>
        <message>
            <source>Complaint {case} acknowledged by e-mail</source>
            <translation>Reklamation {case}: Eingang per E-Mail bestätigt</translation>
        </message>
        <message>
            <source>Complaint {case} acknowledged on paper</source>
            <translation>Reklamation {case}: Eingang auf Papier bestätigt</translation>
        </message>
        <message>
            <source>Complaint {case} closed: the replacement {number} was handed over</source>
            <translation>Reklamation {case} abgeschlossen: der Ersatz {number} wurde übergeben</translation>
        </message>
        <message>
            <source>Complaint {case}: answer by {date}</source>
            <translation>Reklamation {case}: Antwort bis {date}</translation>
        </message>
        <message>
            <source>Complaint {case}: replacement order {number}, due {date}</source>
            <translation>Reklamation {case}: Ersatzauftrag {number}, fällig am {date}</translation>
        </message>
        <message>
            <source>Copy given to the customer: {record}, {how}</source>
            <translation>Kopie an den Kunden gegeben: {record}, {how}</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>customer details</source>
            <translation>Kundendaten</translation>
        </message>
        <message>
            <source>Customer told by e-mail: ready for pickup</source>
            <translation>Kunde per E-Mail benachrichtigt: abholbereit</translation>
        </message>
        <message>
            <source>Customer's decision on version {v}: {decision} ({method}, {name})</source>
            <translation>Entscheidung des Kunden zu Version {v}: {decision} ({method}, {name})</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>Liefertermin</translation>
        </message>
        <message>
            <source>finishing</source>
            <translation>Veredelung</translation>
        </message>
        <message>
            <source>Handed over against signature</source>
            <translation>Gegen Unterschrift übergeben</translation>
        </message>
        <message>
            <source>Handed over against signature: {count} of {ordered}</source>
            <translation>Gegen Unterschrift übergeben: {count} von {ordered}</translation>
        </message>
        <message>
            <source>height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Order changed: {fields}</source>
            <translation>Auftrag geändert: {fields}</translation>
        </message>
        <message>
            <source>product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Proof version {version} sent by link</source>
            <translation>Korrekturabzug Version {version} per Link gesendet</translation>
        </message>
        <message>
            <source>Proof version {v} made</source>
            <translation>Proof-Version {v} erstellt</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>Auflage</translation>
        </message>
        <message>
            <source>Reprint of {number}</source>
            <translation>Nachdruck von {number}</translation>
        </message>
        <message>
            <source>Requested change ticked off again</source>
            <translation>Abhaken einer gewünschten Änderung zurückgenommen</translation>
        </message>
        <message>
            <source>Requested change ticked off as done</source>
            <translation>Gewünschte Änderung als erledigt abgehakt</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>width</source>
            <translation>Breite</translation>
        </message>
    </context>
    <context>
        <name>LetterTemplates</name>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Letter for:</source>
            <translation>Schreiben bei:</translation>
        </message>
        <message>
            <source>Placeholders (double-click to insert):</source>
            <translation>Platzhalter (Doppelklick fügt ein):</translation>
        </message>
        <message>
            <source>Put the standard letter back in the editor</source>
            <translation>Das Standardschreiben wieder in den Editor setzen</translation>
        </message>
        <message>
            <source>Standard text</source>
            <translation>Standardtext</translation>
        </message>
        <message>
            <source>The answer to a decided complaint, in your words: one letter per outcome and language. PrintProof fills in the placeholders in braces; a letter left as the standard text is sent as the standard letter.</source>
            <translation>Die Antwort auf eine entschiedene Reklamation in Ihren Worten: ein Schreiben je Ergebnis und Sprache. PrintProof setzt die Platzhalter in geschweiften Klammern ein; ein Schreiben mit dem Standardtext wird als Standardschreiben versandt.</translation>
        </message>
        <message>
            <source>The letter</source>
            <translation>Das Schreiben</translation>
        </message>
        <message>
            <source>The standard letter.</source>
            <translation>Das Standardschreiben.</translation>
        </message>
        <message>
            <source>Your own wording.</source>
            <translation>Ihre eigene Formulierung.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A complaint by link could not be recorded for {order}: {problem}</source>
            <translation>Eine Reklamation per Link konnte für {order} nicht aufgenommen werden: {problem}</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>Sicherung vor dem Beenden…</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} wird geprüft …</translation>
        </message>
        <message>
            <source>Complaint by link: {cases}</source>
            <translation>Reklamation per Link: {cases}</translation>
        </message>
        <message>
            <source>Complaints waiting for your answer: {count}; overdue: {late}</source>
            <translation>Reklamationen warten auf Ihre Antwort: {count}; überfällig: {late}</translation>
        </message>
        <message>
            <source>Complaints waiting for your answer: {count}; the next by {date} ({case})</source>
            <translation>Reklamationen warten auf Ihre Antwort: {count}; die nächste bis {date} ({case})</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Decided by link: {orders}</source>
            <translation>Per Link entschieden: {orders}</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Abholung</translation>
        </message>
        <message>
            <source>Portal: {problem}</source>
            <translation>Portal: {problem}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>Angemeldet: {name} ({role})</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>Datenbank: {store}</translation>
        </message>
        <message>
            <source>Switch user (Ctrl+L)</source>
            <translation>Benutzer wechseln (Strg+L)</translation>
        </message>
        <message>
            <source>The store cannot be reached right now: {error}</source>
            <translation>Die Datenbank ist gerade nicht erreichbar: {error}</translation>
        </message>
    </context>
    <context>
        <name>MarkupDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Marks on {number}, version {v}</source>
            <translation>Markierungen auf {number}, Version {v}</translation>
        </message>
        <message>
            <source>Reading the proof…</source>
            <translation>Der Proof wird gelesen…</translation>
        </message>
        <message>
            <source>Use these marks</source>
            <translation>Diese Markierungen übernehmen</translation>
        </message>
        <message>
            <source>Write what pin {n} means.</source>
            <translation>Bitte zu Nadel {n} schreiben, was geändert werden soll.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Merge a duplicate into {name}</source>
            <translation>Doppelten Eintrag mit {name} zusammenführen</translation>
        </message>
        <message>
            <source>no. {id}</source>
            <translation>Nr. {id}</translation>
        </message>
        <message>
            <source>Pick the duplicate entry. Its orders move to “{name}”; details it has and this entry lacks are taken over, different ones are kept in the notes. The duplicate stays on record as merged.</source>
            <translation>Den doppelten Eintrag wählen. Seine Aufträge gehen zu „{name}“; Angaben, die diesem Eintrag fehlen, werden übernommen, abweichende in den Notizen festgehalten. Der doppelte Eintrag bleibt als zusammengeführt erhalten.</translation>
        </message>
        <message>
            <source>Search the duplicate</source>
            <translation>Doppelten Eintrag suchen</translation>
        </message>
    </context>
    <context>
        <name>MonthBars</name>
        <message>
            <source>Complaints per month</source>
            <translation>Reklamationen pro Monat</translation>
        </message>
    </context>
    <context>
        <name>NewOrderDialog</name>
        <message>
            <source>Bleed</source>
            <translation>Beschnittzugabe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>Kunde *</translation>
        </message>
        <message>
            <source>Customer's language</source>
            <translation>Sprache des Kunden</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Liefertermin</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Finished size (W × H)</source>
            <translation>Endformat (B × H)</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Veredelung</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Neuer Auftrag</translation>
        </message>
        <message>
            <source>Other product…</source>
            <translation>Anderes Produkt…</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Product *</source>
            <translation>Produkt *</translation>
        </message>
        <message>
            <source>Product preset</source>
            <translation>Produktvorlage</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Auflage</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Papier / Material</translation>
        </message>
        <message>
            <source>Take order</source>
            <translation>Auftrag anlegen</translation>
        </message>
        <message>
            <source>Taking the order…</source>
            <translation>Der Auftrag wird angelegt…</translation>
        </message>
    </context>
    <context>
        <name>OrderScreen</name>
        <message>
            <source>Add file…</source>
            <translation>Datei hinzufügen…</translation>
        </message>
        <message>
            <source>Add the customer's artwork to the chosen side (or drop files here)</source>
            <translation>Druckdaten des Kunden zur gewählten Seite hinzufügen (oder Dateien hierher ziehen)</translation>
        </message>
        <message>
            <source>Added {files}.</source>
            <translation>Hinzugefügt: {files}.</translation>
        </message>
        <message>
            <source>approval voided</source>
            <translation>Freigabe widerrufen</translation>
        </message>
        <message>
            <source>Approved: production can start.</source>
            <translation>Freigegeben: die Produktion kann beginnen.</translation>
        </message>
        <message>
            <source>Artwork</source>
            <translation>Druckdaten</translation>
        </message>
        <message>
            <source>Artwork (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</source>
            <translation>Druckdaten (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>bleed {mm} mm</source>
            <translation>Anschnitt {mm} mm</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Certificate-{number}.pdf</source>
            <translation>Freigabebestaetigung-{number}.pdf</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Bestätigung…</translation>
        </message>
        <message>
            <source>Changes asked for: {changes}</source>
            <translation>Gewünschte Änderungen: {changes}</translation>
        </message>
        <message>
            <source>Complaint decided: a new proof, at the customer's cost.</source>
            <translation>Reklamation entschieden: neuer Proof, auf Kosten des Kunden.</translation>
        </message>
        <message>
            <source>Complaint decided: reprint at the shop's cost.</source>
            <translation>Reklamation entschieden: Nachdruck auf Kosten der Druckerei.</translation>
        </message>
        <message>
            <source>Complaint decided: the customer takes the order.</source>
            <translation>Reklamation entschieden: der Kunde nimmt den Auftrag.</translation>
        </message>
        <message>
            <source>Complaint open: the owner decides it on the Pickup screen.</source>
            <translation>Reklamation offen: die Inhaberin / der Inhaber entscheidet sie unter „Abholung“.</translation>
        </message>
        <message>
            <source>Customer signs (F5)</source>
            <translation>Kunde unterschreibt (F5)</translation>
        </message>
        <message>
            <source>Customer's artwork</source>
            <translation>Druckdaten des Kunden</translation>
        </message>
        <message>
            <source>Dossier-{number}.pdf</source>
            <translation>Dossier-{number}.pdf</translation>
        </message>
        <message>
            <source>Dossier…</source>
            <translation>Dossier…</translation>
        </message>
        <message>
            <source>Drop more files anywhere here (PDF, TIFF, PNG, JPEG).</source>
            <translation>Weitere Dateien einfach hierher ziehen (PDF, TIFF, PNG, JPEG).</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>Termin {date}</translation>
        </message>
        <message>
            <source>E-mail the certificate</source>
            <translation>Freigabebestätigung per E-Mail</translation>
        </message>
        <message>
            <source>E-mail the certificate…</source>
            <translation>Freigabebestätigung per E-Mail …</translation>
        </message>
        <message>
            <source>E-mail the customer a link to check and sign the newest proof on the shop's portal (Ctrl+Shift+L)</source>
            <translation>Dem Kunden einen Link schicken, um den neuesten Korrekturabzug im Freigabeportal zu prüfen und zu unterschreiben (Strg+Umschalt+L)</translation>
        </message>
        <message>
            <source>Handed over.</source>
            <translation>Übergeben.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>In production: mark it ready when it is done.</source>
            <translation>In Produktion: wenn fertig, als abholbereit markieren.</translation>
        </message>
        <message>
            <source>Job ticket {number}</source>
            <translation>Auftragstasche {number}</translation>
        </message>
        <message>
            <source>Job ticket…</source>
            <translation>Auftragstasche …</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Link for version {v} expired on {until}</source>
            <translation>Link für Version {v} abgelaufen am {until}</translation>
        </message>
        <message>
            <source>Link for version {v} sent to {email} on {sent}; valid until {until}</source>
            <translation>Link für Version {v} an {email} gesendet am {sent}; gültig bis {until}</translation>
        </message>
        <message>
            <source>Link for version {v} taken back (a newer version, or the order moved on)</source>
            <translation>Link für Version {v} zurückgenommen (neuere Version, oder der Auftrag ist weiter)</translation>
        </message>
        <message>
            <source>Link for version {v} waits for the portal: {problem}</source>
            <translation>Link für Version {v} wartet auf das Portal: {problem}</translation>
        </message>
        <message>
            <source>Link for version {v}: decided on {decided}</source>
            <translation>Link für Version {v}: entschieden am {decided}</translation>
        </message>
        <message>
            <source>Link for version {v}: opened by the customer on {opened}</source>
            <translation>Link für Version {v}: vom Kunden geöffnet am {opened}</translation>
        </message>
        <message>
            <source>Link for version {v}: the customer confirmed the code on {confirmed}</source>
            <translation>Link für Version {v}: Code vom Kunden bestätigt am {confirmed}</translation>
        </message>
        <message>
            <source>Make proof (Ctrl+M)</source>
            <translation>Proof erstellen (Strg+M)</translation>
        </message>
        <message>
            <source>Making the proof…</source>
            <translation>Proof wird erstellt…</translation>
        </message>
        <message>
            <source>Next: add the customer's artwork.</source>
            <translation>Als Nächstes: die Druckdaten des Kunden hinzufügen.</translation>
        </message>
        <message>
            <source>Next: make the first proof.</source>
            <translation>Als Nächstes: den ersten Proof erstellen.</translation>
        </message>
        <message>
            <source>Next: show the newest proof to the customer, or record their answer.</source>
            <translation>Als Nächstes: dem Kunden den neuesten Proof zeigen oder seine Antwort erfassen.</translation>
        </message>
        <message>
            <source>No artwork yet – drop the customer's files anywhere here.</source>
            <translation>Noch keine Druckdaten – die Dateien des Kunden einfach hierher ziehen.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Auftrag {number}</translation>
        </message>
        <message>
            <source>Order {number} · {customer}</source>
            <translation>Auftrag {number} · {customer}</translation>
        </message>
        <message>
            <source>Owner: void the approval with a reason; both records stay</source>
            <translation>Inhaber/in: die Freigabe mit Begründung widerrufen; beide Einträge bleiben</translation>
        </message>
        <message>
            <source>Paper / e-mail / phone…</source>
            <translation>Papier / E-Mail / Telefon…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Pickup label {number}</source>
            <translation>Abholetikett {number}</translation>
        </message>
        <message>
            <source>Pickup label…</source>
            <translation>Abholetikett …</translation>
        </message>
        <message>
            <source>Preparing the signed PDF…</source>
            <translation>Signiertes PDF wird erstellt…</translation>
        </message>
        <message>
            <source>Preparing {document}…</source>
            <translation>{document} wird vorbereitet…</translation>
        </message>
        <message>
            <source>Print the 62 mm label for the parcel (scanning it opens the order)</source>
            <translation>Das 62-mm-Etikett für das Paket drucken (Scannen öffnet den Auftrag)</translation>
        </message>
        <message>
            <source>Print the job ticket for production (A4, with a barcode)</source>
            <translation>Auftragstasche für die Produktion drucken (A4, mit Strichcode)</translation>
        </message>
        <message>
            <source>Print the proof (Ctrl+P)</source>
            <translation>Proof drucken (Strg+P)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Proof version {v} is ready.</source>
            <translation>Proof-Version {v} ist fertig.</translation>
        </message>
        <message>
            <source>Proof versions</source>
            <translation>Proof-Versionen</translation>
        </message>
        <message>
            <source>Proof {number} version {v}</source>
            <translation>Proof {number} Version {v}</translation>
        </message>
        <message>
            <source>Proof-{number}-v{v}.pdf</source>
            <translation>Proof-{number}-v{v}.pdf</translation>
        </message>
        <message>
            <source>Reading artwork…</source>
            <translation>Druckdaten werden gelesen…</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Abholbereit</translation>
        </message>
        <message>
            <source>Ready: the customer collects it on the Pickup screen (F3).</source>
            <translation>Abholbereit: der Kunde holt ihn über „Abholung“ (F3) ab.</translation>
        </message>
        <message>
            <source>record ALTERED</source>
            <translation>Datensatz VERÄNDERT</translation>
        </message>
        <message>
            <source>record intact</source>
            <translation>Datensatz unverändert</translation>
        </message>
        <message>
            <source>Record the customer's answer given on a signed paper proof, by e-mail or by phone</source>
            <translation>Die Antwort des Kunden auf einem unterschriebenen Papier-Proof, per E-Mail oder am Telefon erfassen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove artwork</source>
            <translation>Druckdaten entfernen</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Replace artwork</source>
            <translation>Druckdaten ersetzen</translation>
        </message>
        <message>
            <source>Reprint: start production</source>
            <translation>Nachdruck: Produktion starten</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Save proof</source>
            <translation>Proof speichern</translation>
        </message>
        <message>
            <source>Save the proof as PDF, e.g. for e-mail (Ctrl+S)</source>
            <translation>Proof als PDF speichern, z. B. für eine E-Mail (Strg+S)</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Saving the proof…</source>
            <translation>Der Proof wird gespeichert…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Send for approval by link</source>
            <translation>Per Link zur Freigabe senden</translation>
        </message>
        <message>
            <source>Send for approval by link…</source>
            <translation>Per Link zur Freigabe senden…</translation>
        </message>
        <message>
            <source>Send the signed certificate to the customer (mail server in Settings)</source>
            <translation>Die signierte Freigabebestätigung an den Kunden senden (Mailserver in den Einstellungen)</translation>
        </message>
        <message>
            <source>Sending the link…</source>
            <translation>Link wird gesendet…</translation>
        </message>
        <message>
            <source>Sending the signed certificate…</source>
            <translation>Die signierte Freigabebestätigung wird gesendet …</translation>
        </message>
        <message>
            <source>Sent to {to}.</source>
            <translation>An {to} gesendet.</translation>
        </message>
        <message>
            <source>Show the newest proof to the customer, full screen, to sign</source>
            <translation>Dem Kunden den neuesten Proof im Vollbild zur Unterschrift zeigen</translation>
        </message>
        <message>
            <source>Side for the next file</source>
            <translation>Seite für die nächste Datei</translation>
        </message>
        <message>
            <source>Start production</source>
            <translation>Produktion starten</translation>
        </message>
        <message>
            <source>Take “{file}” off the {side}? It stays in the order's history.</source>
            <translation>„{file}“ von der Seite „{side}“ nehmen? Die Datei bleibt im Verlauf des Auftrags.</translation>
        </message>
        <message>
            <source>Taking the file off the order…</source>
            <translation>Die Datei wird vom Auftrag genommen…</translation>
        </message>
        <message>
            <source>The approval is void; the order is back in proofing.</source>
            <translation>Die Freigabe ist widerrufen; der Auftrag ist wieder in Korrektur.</translation>
        </message>
        <message>
            <source>The customer's answer is recorded.</source>
            <translation>Die Antwort des Kunden ist erfasst.</translation>
        </message>
        <message>
            <source>The customer's e-mail address:</source>
            <translation>E-Mail-Adresse des Kunden:</translation>
        </message>
        <message>
            <source>The decision by link on version {v} was not recorded: {problem}</source>
            <translation>Die Entscheidung per Link zu Version {v} wurde nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>The link to version {v} goes to this address; the page sends the code there too:</source>
            <translation>Der Link zu Version {v} geht an diese Adresse; die Seite schickt auch den Code dorthin:</translation>
        </message>
        <message>
            <source>The link to version {v} was sent to {email}.</source>
            <translation>Der Link zu Version {v} wurde an {email} gesendet.</translation>
        </message>
        <message>
            <source>The link waits for the portal and is sent when it answers: {problem}</source>
            <translation>Der Link wartet auf das Portal und wird gesendet, sobald es antwortet: {problem}</translation>
        </message>
        <message>
            <source>The signed certificate of the customer's latest decision</source>
            <translation>Die signierte Bestätigung der letzten Entscheidung des Kunden</translation>
        </message>
        <message>
            <source>The whole order in one signed PDF (owner)</source>
            <translation>Der ganze Auftrag in einem signierten PDF (Inhaber/in)</translation>
        </message>
        <message>
            <source>This replaces the artwork of: {sides}. Replace it?</source>
            <translation>Damit werden die Druckdaten ersetzt: {sides}. Ersetzen?</translation>
        </message>
        <message>
            <source>Version {v} · {when} · {who}</source>
            <translation>Version {v} · {when} · {who}</translation>
        </message>
        <message>
            <source>Void the approval</source>
            <translation>Freigabe widerrufen</translation>
        </message>
        <message>
            <source>Void the approval…</source>
            <translation>Freigabe widerrufen…</translation>
        </message>
        <message>
            <source>Voided because: {reason}</source>
            <translation>Widerrufen, weil: {reason}</translation>
        </message>
        <message>
            <source>What changed: {note}</source>
            <translation>Geändert: {note}</translation>
        </message>
        <message>
            <source>Why is this approval void? Both records stay visible, and the order goes back to proofing.</source>
            <translation>Warum ist diese Freigabe ungültig? Beide Einträge bleiben sichtbar, und der Auftrag geht zurück in die Korrektur.</translation>
        </message>
        <message>
            <source>{number} is now: {status}</source>
            <translation>{number} ist jetzt: {status}</translation>
        </message>
        <message>
            <source>{n} pcs</source>
            <translation>{n} Stück</translation>
        </message>
        <message>
            <source>“{file}” was taken off the order.</source>
            <translation>„{file}“ wurde vom Auftrag genommen.</translation>
        </message>
        <message>
            <source>← Orders (Esc)</source>
            <translation>← Aufträge (Esc)</translation>
        </message>
    </context>
    <context>
        <name>OrderTableModel</name>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Angelegt</translation>
        </message>
    </context>
    <context>
        <name>OrderTools</name>
        <message>
            <source>Change order…</source>
            <translation>Auftrag ändern…</translation>
        </message>
        <message>
            <source>Compare versions…</source>
            <translation>Versionen vergleichen…</translation>
        </message>
        <message>
            <source>Correct the customer, the specification, the due date or notes</source>
            <translation>Kunde, Auftragsdaten, Liefertermin oder Notizen korrigieren</translation>
        </message>
        <message>
            <source>E-mail sent to {address}.</source>
            <translation>E-Mail an {address} gesendet.</translation>
        </message>
        <message>
            <source>Mark the proof…</source>
            <translation>Proof markieren…</translation>
        </message>
        <message>
            <source>Nachdruck: a new order with the same specification and artwork</source>
            <translation>Nachdruck: ein neuer Auftrag mit denselben Auftragsdaten und Druckdaten</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>Order changed; the change is in its history.</source>
            <translation>Auftrag geändert; die Änderung steht im Verlauf.</translation>
        </message>
        <message>
            <source>Pen, circles and numbered pins: the changes the customer asks for</source>
            <translation>Stift, Kreise und nummerierte Nadeln: die Änderungswünsche des Kunden</translation>
        </message>
        <message>
            <source>Reprint {number} of {source} taken; proof version 1 is ready.</source>
            <translation>Nachdruck {number} von {source} angelegt; Proof-Version 1 ist fertig.</translation>
        </message>
        <message>
            <source>Reprint…</source>
            <translation>Nachdruck…</translation>
        </message>
        <message>
            <source>Send e-mail</source>
            <translation>E-Mail senden</translation>
        </message>
        <message>
            <source>Send the customer an e-mail that {number} is ready, to {address}?</source>
            <translation>Dem Kunden eine E-Mail an {address} senden, dass {number} abholbereit ist?</translation>
        </message>
        <message>
            <source>Sending the e-mail…</source>
            <translation>E-Mail wird gesendet…</translation>
        </message>
        <message>
            <source>Taking the reprint and making its proof…</source>
            <translation>Nachdruck wird angelegt und sein Proof erstellt…</translation>
        </message>
        <message>
            <source>Tell the customer</source>
            <translation>Kunden benachrichtigen</translation>
        </message>
        <message>
            <source>The customer's answer is recorded with the marks.</source>
            <translation>Die Antwort des Kunden ist mit den Markierungen erfasst.</translation>
        </message>
        <message>
            <source>Two versions side by side and what changed between them</source>
            <translation>Zwei Versionen nebeneinander und was sich zwischen ihnen geändert hat</translation>
        </message>
    </context>
    <context>
        <name>OrdersScreen</name>
        <message>
            <source>All orders</source>
            <translation>Alle Aufträge</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Strg+N</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Neuer Auftrag</translation>
        </message>
        <message>
            <source>No orders found. Press Ctrl+N to take a new order.</source>
            <translation>Keine Aufträge gefunden. Strg+N legt einen neuen Auftrag an.</translation>
        </message>
        <message>
            <source>Search: order number, customer, company, phone, e-mail</source>
            <translation>Suche: Auftragsnummer, Kunde, Firma, Telefon, E-Mail</translation>
        </message>
    </context>
    <context>
        <name>OtherApprovalDialog</name>
        <message>
            <source>Approval of {number}, version {v}</source>
            <translation>Druckfreigabe zu {number}, Version {v}</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Approved with changes</source>
            <translation>Freigegeben mit Änderungen</translation>
        </message>
        <message>
            <source>By e-mail (the .eml file)</source>
            <translation>Per E-Mail (die .eml-Datei)</translation>
        </message>
        <message>
            <source>By phone (a note)</source>
            <translation>Telefonisch (Notiz)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Changes asked for</source>
            <translation>Gewünschte Änderungen</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Änderungen gewünscht</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Customer's name</source>
            <translation>Name des Kunden</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Mark on the proof…</source>
            <translation>Auf dem Proof markieren…</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>marks: {n}, pins with text: {p}</source>
            <translation>Markierungen: {n}, Nadeln mit Text: {p}</translation>
        </message>
        <message>
            <source>no file</source>
            <translation>keine Datei</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Note of the call</source>
            <translation>Notiz zum Telefonat</translation>
        </message>
        <message>
            <source>One change per line</source>
            <translation>Eine Änderung pro Zeile</translation>
        </message>
        <message>
            <source>Record approval</source>
            <translation>Freigabe festhalten</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Scans and e-mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml)</source>
            <translation>Scans und E-Mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml)</translation>
        </message>
        <message>
            <source>Signed paper proof (scan)</source>
            <translation>Unterschriebener Papier-Proof (Scan)</translation>
        </message>
        <message>
            <source>The customer confirmed each point (needed for an approval, with or without changes):</source>
            <translation>Der Kunde hat jeden Punkt bestätigt (nötig für eine Freigabe, mit oder ohne Änderungen):</translation>
        </message>
        <message>
            <source>The customer was told of:</source>
            <translation>Dem Kunden wurde mitgeteilt:</translation>
        </message>
        <message>
            <source>Who called, when, what exactly was said</source>
            <translation>Wer hat angerufen, wann, was genau wurde gesagt</translation>
        </message>
    </context>
    <context>
        <name>OutsideSettings</name>
        <message>
            <source>-----BEGIN CERTIFICATE----- … (empty: tokens are checked, not their origin)</source>
            <translation>-----BEGIN CERTIFICATE----- … (leer: Zeitstempel werden geprüft, ihre Herkunft nicht)</translation>
        </message>
        <message>
            <source>Approval by link (the shop's portal)</source>
            <translation>Freigabe per Link (Freigabeportal der Druckerei)</translation>
        </message>
        <message>
            <source>Asking the portal…</source>
            <translation>Portal wird gefragt…</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA-Zertifikat</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer)</source>
            <translation>Zertifikate (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Customers who are not at the counter check and sign the proof from a link: the portal is a small web service the shop runs (see the README). Pair once with its address and the key the portal gave for this shop.</source>
            <translation>Kunden, die nicht an der Theke sind, prüfen und unterschreiben den Korrekturabzug über einen Link: Das Portal ist ein kleiner Webdienst, den die Druckerei betreibt (siehe README). Einmal verbinden, mit seiner Adresse und dem Schlüssel, den das Portal für diese Druckerei genannt hat.</translation>
        </message>
        <message>
            <source>E-mail to customers</source>
            <translation>E-Mail an Kunden</translation>
        </message>
        <message>
            <source>e.g. info@druckerei.de</source>
            <translation>z. B. info@druckerei.de</translation>
        </message>
        <message>
            <source>e.g. smtp.example.com (empty: no e-mail)</source>
            <translation>z. B. smtp.example.com (leer: keine E-Mail)</translation>
        </message>
        <message>
            <source>https://… (empty: none)</source>
            <translation>https://… (leer: keiner)</translation>
        </message>
        <message>
            <source>kept in this computer's keyring; type a new one to change it</source>
            <translation>im Schlüsselbund dieses Computers gespeichert; zum Ändern ein neues eingeben</translation>
        </message>
        <message>
            <source>not paired</source>
            <translation>nicht verbunden</translation>
        </message>
        <message>
            <source>Paired with {url}.</source>
            <translation>Verbunden mit {url}.</translation>
        </message>
        <message>
            <source>Pair…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Trusted time (RFC 3161 timestamps)</source>
            <translation>Vertrauenswürdige Zeit (RFC-3161-Zeitstempel)</translation>
        </message>
        <message>
            <source>With a timestamp authority, certificates and dossiers carry a trusted time, and the audit trail is stamped once a day: evidence that does not rest on this shop's own database.</source>
            <translation>Mit einem Zeitstempeldienst tragen Freigabebestätigungen und Dossiers eine vertrauenswürdige Zeit, und das Protokoll wird täglich gestempelt: Belege, die nicht allein auf der eigenen Datenbank des Betriebs beruhen.</translation>
        </message>
    </context>
    <context>
        <name>PairDialog</name>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Pair with the portal</source>
            <translation>Mit dem Portal verbinden</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>No photos were taken.</source>
            <translation>Es wurden keine Fotos aufgenommen.</translation>
        </message>
        <message>
            <source>Photo {n} of {count}: {name}</source>
            <translation>Foto {n} von {count}: {name}</translation>
        </message>
    </context>
    <context>
        <name>PickupScreen</name>
        <message>
            <source>Approval certificate</source>
            <translation>Freigabebestätigung</translation>
        </message>
        <message>
            <source>by &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>von &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Certificate-{number}.pdf</source>
            <translation>Freigabebestaetigung-{number}.pdf</translation>
        </message>
        <message>
            <source>Complaint {case} · answer by {date} · {number} · {customer}</source>
            <translation>Reklamation {case} · Antwort bis {date} · {number} · {customer}</translation>
        </message>
        <message>
            <source>Customer disputes</source>
            <translation>Kunde reklamiert</translation>
        </message>
        <message>
            <source>Decide the complaint</source>
            <translation>Reklamation entscheiden</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>fällig {date}</translation>
        </message>
        <message>
            <source>Hand over – customer signs</source>
            <translation>Übergeben – Kunde unterschreibt</translation>
        </message>
        <message>
            <source>Handed over. Thank you!</source>
            <translation>Übergeben. Danke!</translation>
        </message>
        <message>
            <source>it still awaits the customer's decision</source>
            <translation>sie wartet noch auf die Entscheidung des Kunden</translation>
        </message>
        <message>
            <source>its approval was voided on {when}</source>
            <translation>ihre Freigabe wurde am {when} aufgehoben</translation>
        </message>
        <message>
            <source>Job ticket {number}</source>
            <translation>Auftragstasche {number}</translation>
        </message>
        <message>
            <source>Making the replacement order…</source>
            <translation>Der Ersatzauftrag wird angelegt…</translation>
        </message>
        <message>
            <source>No approval on record for this order.</source>
            <translation>Für diesen Auftrag liegt keine Druckfreigabe vor.</translation>
        </message>
        <message>
            <source>No order is ready for pickup. Scan or type an order number.</source>
            <translation>Kein Auftrag ist abholbereit. Auftragsnummer scannen oder eingeben.</translation>
        </message>
        <message>
            <source>no version is approved</source>
            <translation>keine Version ist freigegeben</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Noch nicht freigegeben.</translation>
        </message>
        <message>
            <source>NOT verified: {problems}</source>
            <translation>NICHT bestätigt: {problems}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message>
            <source>on {when}</source>
            <translation>am {when}</translation>
        </message>
        <message>
            <source>Only the owner decides a complaint (Ctrl+L to switch user).</source>
            <translation>Nur die Inhaberin / der Inhaber entscheidet eine Reklamation (Strg+L: Benutzer wechseln).</translation>
        </message>
        <message>
            <source>Open complaints: {cases} (overdue: {late}); ready for pickup: {n}. ↓ and Enter open one.</source>
            <translation>Offene Reklamationen: {cases} (überfällig: {late}); abholbereit: {n}. ↓ und Enter öffnen einen Eintrag.</translation>
        </message>
        <message>
            <source>Opening the complaint…</source>
            <translation>Die Reklamation wird geöffnet…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the signed certificate…</source>
            <translation>Die signierte Bestätigung wird erstellt…</translation>
        </message>
        <message>
            <source>Present: {staff} (workstation {workstation})</source>
            <translation>Anwesend: {staff} (Arbeitsplatz {workstation})</translation>
        </message>
        <message>
            <source>proof version {v}, {method}</source>
            <translation>Proof-Version {v}, {method}</translation>
        </message>
        <message>
            <source>Reading the e-mail…</source>
            <translation>Die E-Mail wird gelesen…</translation>
        </message>
        <message>
            <source>Reading the orders ready for pickup…</source>
            <translation>Abholbereite Aufträge werden gelesen…</translation>
        </message>
        <message>
            <source>Ready for pickup, oldest first: {n} (overdue: {late}). ↓ and Enter open one.</source>
            <translation>Abholbereit, älteste zuerst: {n} (überfällig: {late}). ↓ und Enter öffnen einen.</translation>
        </message>
        <message>
            <source>ready since {when}</source>
            <translation>abholbereit seit {when}</translation>
        </message>
        <message>
            <source>Recorded by: {staff} (workstation {workstation})</source>
            <translation>Aufgenommen von: {staff} (Arbeitsplatz {workstation})</translation>
        </message>
        <message>
            <source>Replacement order {number} made for case {case}, due {date}.</source>
            <translation>Ersatzauftrag {number} für Fall {case} angelegt, fällig am {date}.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Scan or type the order number – or the customer's name – then Enter</source>
            <translation>Auftragsnummer scannen oder eintippen – oder den Namen des Kunden –, dann Eingabe</translation>
        </message>
        <message>
            <source>Signature of the approval (proof version {v})</source>
            <translation>Unterschrift der Freigabe (Proof-Version {v})</translation>
        </message>
        <message>
            <source>Signed approval certificate…</source>
            <translation>Signierte Freigabebestätigung…</translation>
        </message>
        <message>
            <source>superseded by a newer version on {when}</source>
            <translation>am {when} durch eine neuere Version ersetzt</translation>
        </message>
        <message>
            <source>The approved proof appears here.</source>
            <translation>Hier erscheint der freigegebene Proof.</translation>
        </message>
        <message>
            <source>The complaint is recorded as case {case}; the owner decides it.</source>
            <translation>Die Reklamation ist als Fall {case} aufgenommen; der Inhaber entscheidet sie.</translation>
        </message>
        <message>
            <source>The complaint is recorded; the owner decides it.</source>
            <translation>Die Reklamation ist aufgenommen; die Inhaberin / der Inhaber entscheidet.</translation>
        </message>
        <message>
            <source>the customer asked for changes on {when}</source>
            <translation>der Kunde wünschte am {when} Änderungen</translation>
        </message>
        <message>
            <source>The decision is recorded.</source>
            <translation>Die Entscheidung ist festgehalten.</translation>
        </message>
        <message>
            <source>Verified: record, signature and proof are unchanged</source>
            <translation>Bestätigt: Datensatz, Unterschrift und Proof sind unverändert</translation>
        </message>
        <message>
            <source>version {v} was approved on {when}</source>
            <translation>Version {v} wurde am {when} freigegeben</translation>
        </message>
        <message>
            <source>You scanned the job ticket of version {v} – {fate}; {approved}.</source>
            <translation>Sie haben die Auftragstasche der Version {v} gescannt – {fate}; {approved}.</translation>
        </message>
        <message>
            <source>You scanned version {v} – {fate}; {approved}.</source>
            <translation>Sie haben Version {v} gescannt – {fate}; {approved}.</translation>
        </message>
        <message>
            <source>{count} handed over; {rest} stay open for a later hand-over.</source>
            <translation>{count} übergeben; {rest} bleiben für eine spätere Übergabe offen.</translation>
        </message>
        <message>
            <source>{n} orders match “{text}”: pick one (↓, then Enter).</source>
            <translation>{n} Aufträge passen zu „{text}“: einen wählen (↓, dann Eingabe).</translation>
        </message>
        <message>
            <source>{n} pcs</source>
            <translation>{n} Stück</translation>
        </message>
        <message>
            <source>{open} of {ordered} still open</source>
            <translation>{open} von {ordered} noch offen</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Neue PIN</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>Neue PIN für {name}</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>PIN setzen</translation>
        </message>
        <message>
            <source>The two PINs differ; please type them again.</source>
            <translation>Die beiden PINs sind verschieden; bitte noch einmal eingeben.</translation>
        </message>
    </context>
    <context>
        <name>PressSettings</name>
        <message>
            <source>ICC profiles (*.icc *.icm)</source>
            <translation>ICC-Profile (*.icc *.icm)</translation>
        </message>
        <message>
            <source>Install ICC profile…</source>
            <translation>ICC-Profil installieren…</translation>
        </message>
        <message>
            <source>New proofs simulate {name}.</source>
            <translation>Neue Proofs simulieren {name}.</translation>
        </message>
        <message>
            <source>Press profile</source>
            <translation>Druckprofil</translation>
        </message>
        <message>
            <source>The press the proofs simulate</source>
            <translation>Die Druckmaschine, die die Proofs simulieren</translation>
        </message>
        <message>
            <source>The shipped profile for offset on coated paper</source>
            <translation>Das mitgelieferte Profil für Offsetdruck auf gestrichenem Papier</translation>
        </message>
        <message>
            <source>Use FOGRA39</source>
            <translation>FOGRA39 verwenden</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>A customer's data</source>
            <translation>Daten eines Kunden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Commercial and tax law (HGB §257, AO §147) keep orders 6 to 10 years.</source>
            <translation>Handels- und Steuerrecht (HGB §257, AO §147) verlangen 6 bis 10 Jahre Aufbewahrung.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Erase all listed…</source>
            <translation>Alle aufgeführten löschen …</translation>
        </message>
        <message>
            <source>Erase now what retention allows; restrict the rest until retention ends</source>
            <translation>Jetzt löschen, was die Aufbewahrungsfrist erlaubt; den Rest bis zum Fristende sperren</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>Personenbezogene Daten löschen</translation>
        </message>
        <message>
            <source>Erase the names, contacts, signatures, photos, e-mails, artwork and proofs of {n} orders? The records stay verifiable; this cannot be undone.</source>
            <translation>Namen, Kontaktdaten, Unterschriften, Fotos, E-Mails, Druckdaten und Proofs von {n} Aufträgen löschen? Die Datensätze bleiben prüfbar; das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Erased: {orders}. A new backup holds no trace; {n} older copies were removed.</source>
            <translation>Gelöscht: {orders}. Eine neue Sicherung enthält keine Spur davon; {n} ältere Kopien wurden entfernt.</translation>
        </message>
        <message>
            <source>Erasure request</source>
            <translation>Löschantrag</translation>
        </message>
        <message>
            <source>Erasure request…</source>
            <translation>Löschantrag …</translation>
        </message>
        <message>
            <source>Everything stored about the customer, as one ZIP file</source>
            <translation>Alles, was über den Kunden gespeichert ist, als eine ZIP-Datei</translation>
        </message>
        <message>
            <source>Export a customer's data</source>
            <translation>Daten eines Kunden ausgeben</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Ausgeben …</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>No order has passed its retention.</source>
            <translation>Bei keinem Auftrag ist die Aufbewahrungsfrist abgelaufen.</translation>
        </message>
        <message>
            <source>Order number, e-mail address, full name or #id</source>
            <translation>Auftragsnummer, E-Mail-Adresse, voller Name oder #Nummer</translation>
        </message>
        <message>
            <source>Orders past retention</source>
            <translation>Aufträge nach Ablauf der Aufbewahrungsfrist</translation>
        </message>
        <message>
            <source>Record that {customer} asks for erasure? Orders past retention are erased now; the others are restricted until their retention ends.</source>
            <translation>Erfassen, dass {customer} die Löschung verlangt? Aufträge nach Ablauf der Frist werden jetzt gelöscht, die übrigen bis zum Fristende gesperrt.</translation>
        </message>
        <message>
            <source>Record the request</source>
            <translation>Antrag erfassen</translation>
        </message>
        <message>
            <source>Type the customer's order number, e-mail address or name first.</source>
            <translation>Bitte zuerst Auftragsnummer, E-Mail-Adresse oder Namen des Kunden eingeben.</translation>
        </message>
        <message>
            <source>Written to {path}: {orders} orders, {files} files.</source>
            <translation>Gespeichert in {path}: {orders} Aufträge, {files} Dateien.</translation>
        </message>
        <message>
            <source>{number} · {customer} · kept until {date}</source>
            <translation>{number} · {customer} · aufbewahrt bis {date}</translation>
        </message>
    </context>
    <context>
        <name>ProofViewer</name>
        <message>
            <source>Fit page</source>
            <translation>Ganze Seite</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Seitenbreite</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Nächste Seite (Bild ↓)</translation>
        </message>
        <message>
            <source>No proof yet – add the customer's artwork, then make a proof.</source>
            <translation>Noch kein Proof – erst Druckdaten hinzufügen, dann Proof erstellen.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Vorige Seite (Bild ↑)</translation>
        </message>
        <message>
            <source>True size (100 %)</source>
            <translation>Originalgröße (100 %)</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>I have printed or written down the code</source>
            <translation>Ich habe den Code ausgedruckt oder aufgeschrieben</translation>
        </message>
        <message>
            <source>If the owner forgets the PIN or is locked out, this code lets them back in. It is shown only now: print it or write it down, and keep it away from the counter.</source>
            <translation>Wenn die PIN vergessen ist oder die Inhaberin / der Inhaber gesperrt ist, öffnet dieser Code den Zugang wieder. Er wird nur jetzt angezeigt: ausdrucken oder aufschreiben und nicht an der Theke aufbewahren.</translation>
        </message>
        <message>
            <source>Keep this code safe</source>
            <translation>Diesen Code sicher aufbewahren</translation>
        </message>
        <message>
            <source>Keep this sheet away from the counter. A new code (Settings) makes this one invalid.</source>
            <translation>Dieses Blatt nicht an der Theke aufbewahren. Ein neuer Code (Einstellungen) macht diesen ungültig.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Wiederherstellungscode</translation>
        </message>
        <message>
            <source>Recovery code of the owner {owner}</source>
            <translation>Wiederherstellungscode von {owner} (Inhaber/in)</translation>
        </message>
        <message>
            <source>The owner's recovery code</source>
            <translation>Wiederherstellungscode der Inhaberin / des Inhabers</translation>
        </message>
        <message>
            <source>Your printed recovery code can no longer set a PIN (it was made before your current key). This new code replaces it; destroy the old sheet.</source>
            <translation>Ihr ausgedruckter Wiederherstellungscode kann keine PIN mehr setzen (er stammt aus der Zeit vor Ihrem jetzigen Schlüssel). Dieser neue Code ersetzt ihn; vernichten Sie das alte Blatt.</translation>
        </message>
    </context>
    <context>
        <name>ReprintDialog</name>
        <message>
            <source>A new order for {customer} with the same specification and artwork. Its proof names this order and the version approved here; the customer approves the new proof.</source>
            <translation>Ein neuer Auftrag für {customer} mit denselben Auftragsdaten und Druckdaten. Sein Proof nennt diesen Auftrag und die hier freigegebene Version; der Kunde gibt den neuen Proof frei.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Liefertermin</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Auflage</translation>
        </message>
        <message>
            <source>Reprint of {number}</source>
            <translation>Nachdruck von {number}</translation>
        </message>
        <message>
            <source>Take the reprint</source>
            <translation>Nachdruck anlegen</translation>
        </message>
    </context>
    <context>
        <name>Sentences</name>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>(erased)</source>
            <translation>(gelöscht)</translation>
        </message>
        <message>
            <source>A bleed of {bleed} mm is not possible; use 0 to 20 mm.</source>
            <translation>Ein Anschnitt von {bleed} mm ist nicht möglich; 0 bis 20 mm.</translation>
        </message>
        <message>
            <source>a change of its status cannot be read</source>
            <translation>eine Änderung seines Status ist nicht lesbar</translation>
        </message>
        <message>
            <source>A circle is given by two corners of its box.</source>
            <translation>Ein Kreis wird durch zwei Ecken seines Rahmens angegeben.</translation>
        </message>
        <message>
            <source>A code was sent just now; please look in your mailbox (and the spam folder).</source>
            <translation>Gerade eben wurde ein Code gesendet; bitte sehen Sie in Ihr Postfach (auch in den Spam-Ordner).</translation>
        </message>
        <message>
            <source>A complaint is answered within</source>
            <translation>Eine Reklamation wird beantwortet innerhalb von</translation>
        </message>
        <message>
            <source>A copy is printed on A4 or as an 80 mm receipt.</source>
            <translation>Eine Kopie wird auf A4 oder als 80-mm-Beleg gedruckt.</translation>
        </message>
        <message>
            <source>A corner lies outside the photo; mark the product's corners on the photo.</source>
            <translation>Eine Ecke liegt außerhalb des Fotos; bitte die Ecken des Produkts auf dem Foto markieren.</translation>
        </message>
        <message>
            <source>A customer cannot be merged into itself.</source>
            <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
        </message>
        <message>
            <source>A discount or a refund needs its amount.</source>
            <translation>Ein Nachlass oder eine Erstattung braucht einen Betrag.</translation>
        </message>
        <message>
            <source>a dossier cannot be made (its files are erased); verify names the erasure</source>
            <translation>ein Dossier kann nicht erstellt werden (seine Dateien sind gelöscht); die Prüfung nennt die Löschung</translation>
        </message>
        <message>
            <source>A link is valid for</source>
            <translation>Ein Link gilt</translation>
        </message>
        <message>
            <source>A mark lies on page {page}, which this proof does not have.</source>
            <translation>Eine Markierung liegt auf Seite {page}, die dieser Proof nicht hat.</translation>
        </message>
        <message>
            <source>A mark lies outside the page; draw it on the proof.</source>
            <translation>Eine Markierung liegt außerhalb der Seite; bitte auf dem Proof zeichnen.</translation>
        </message>
        <message>
            <source>A newer version of this proof is waiting for you; the shop sends you a new link.</source>
            <translation>Eine neuere Version dieses Korrekturabzugs wartet auf Sie; die Druckerei schickt Ihnen einen neuen Link.</translation>
        </message>
        <message>
            <source>A pen stroke has {n} points; at most {max} are kept.</source>
            <translation>Ein Stiftstrich hat {n} Punkte; höchstens {max} werden gespeichert.</translation>
        </message>
        <message>
            <source>A PIN has 4 to 12 digits, or is a passphrase of at least 12 characters.</source>
            <translation>Eine PIN hat 4 bis 12 Ziffern, oder sie ist eine Passphrase mit mindestens 12 Zeichen.</translation>
        </message>
        <message>
            <source>A quantity of {quantity} is not possible; order 1 to {limit:,}.</source>
            <translation>Eine Auflage von {quantity} ist nicht möglich; bestellbar sind 1 bis {limit:,}.</translation>
        </message>
        <message>
            <source>A session lasts from 1 to {most} minutes.</source>
            <translation>Eine Sitzung dauert 1 bis {most} Minuten.</translation>
        </message>
        <message>
            <source>A session starts with the PIN: give --user and --pin (or PRINTPROOF_USER and PRINTPROOF_PIN).</source>
            <translation>Eine Sitzung beginnt mit der PIN: Geben Sie --user und --pin an (oder PRINTPROOF_USER und PRINTPROOF_PIN).</translation>
        </message>
        <message>
            <source>Absolute colorimetric</source>
            <translation>Absolut farbmetrisch</translation>
        </message>
        <message>
            <source>add a customer</source>
            <translation>einen Kunden anzulegen</translation>
        </message>
        <message>
            <source>add artwork</source>
            <translation>Druckdaten hinzuzufügen</translation>
        </message>
        <message>
            <source>add staff</source>
            <translation>Personal hinzuzufügen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>align a complaint photo</source>
            <translation>ein Reklamationsfoto anzulegen</translation>
        </message>
        <message>
            <source>Also known from customer {id}: {values}</source>
            <translation>Außerdem bekannt aus Kunde {id}: {values}</translation>
        </message>
        <message>
            <source>An amount above {limit} is not accepted; please check it.</source>
            <translation>Ein Betrag über {limit} wird nicht angenommen; bitte prüfen Sie ihn.</translation>
        </message>
        <message>
            <source>An order never returns to draft.</source>
            <translation>Ein Auftrag wird nie wieder zum Entwurf.</translation>
        </message>
        <message>
            <source>An owner's PIN has 6 to 12 digits, or is a passphrase of at least 12 characters.</source>
            <translation>Die PIN der Inhaberin / des Inhabers hat 6 bis 12 Ziffern, oder sie ist eine Passphrase mit mindestens 12 Zeichen.</translation>
        </message>
        <message>
            <source>Another workstation is saving at this moment; please try again.</source>
            <translation>Ein anderer Arbeitsplatz speichert gerade; bitte noch einmal versuchen.</translation>
        </message>
        <message>
            <source>Answer letter</source>
            <translation>Antwortschreiben</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Approval certificate</source>
            <translation>Freigabebestätigung</translation>
        </message>
        <message>
            <source>approval void</source>
            <translation>Widerruf</translation>
        </message>
        <message>
            <source>Approval {approval_id} no longer stands (a later version or record replaced it); there is nothing to void.</source>
            <translation>Freigabe {approval_id} gilt nicht mehr (eine spätere Version oder ein späterer Eintrag hat sie ersetzt); es gibt nichts aufzuheben.</translation>
        </message>
        <message>
            <source>Approve for printing as shown</source>
            <translation>So zum Druck freigeben, wie gezeigt</translation>
        </message>
        <message>
            <source>Approve with the changes listed below</source>
            <translation>Mit den unten genannten Änderungen freigeben</translation>
        </message>
        <message>
            <source>Approved for printing</source>
            <translation>Zum Druck freigegeben</translation>
        </message>
        <message>
            <source>Approved with the listed changes</source>
            <translation>Mit den genannten Änderungen freigegeben</translation>
        </message>
        <message>
            <source>Approving a proof by link</source>
            <translation>Freigabe eines Korrekturabzugs per Link</translation>
        </message>
        <message>
            <source>Artwork</source>
            <translation>Druckdaten</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>At most {count} photos can be sent with a complaint.</source>
            <translation>Mit einer Reklamation können höchstens {count} Fotos gesendet werden.</translation>
        </message>
        <message>
            <source>At most {limit} photos per complaint.</source>
            <translation>Höchstens {limit} Fotos pro Reklamation.</translation>
        </message>
        <message>
            <source>At most {n} marks fit one request for changes.</source>
            <translation>Ein Änderungswunsch kann höchstens {n} Markierungen haben.</translation>
        </message>
        <message>
            <source>Attach the portal's signed receipt of the decision.</source>
            <translation>Fügen Sie die signierte Quittung des Portals über die Entscheidung bei.</translation>
        </message>
        <message>
            <source>Attach {what}.</source>
            <translation>Bitte {what} anhängen.</translation>
        </message>
        <message>
            <source>audit chain</source>
            <translation>Prüfkette</translation>
        </message>
        <message>
            <source>automatic erasure</source>
            <translation>automatische Löschung</translation>
        </message>
        <message>
            <source>awaiting the customer's approval</source>
            <translation>wartet auf die Freigabe des Kunden</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>Backup copies kept</source>
            <translation>Aufbewahrte Sicherungen</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <source>backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <source>backups this workstation made are gone from where it wrote them: {count}, the newest “{path}” (up to event {seq})</source>
            <translation>Sicherungen, die dieser Arbeitsplatz erstellt hat, fehlen dort, wo er sie abgelegt hat: {count}, die neueste „{path}“ (bis Ereignis {seq})</translation>
        </message>
        <message>
            <source>Baden-Württemberg</source>
            <translation>Baden-Württemberg</translation>
        </message>
        <message>
            <source>Bavaria</source>
            <translation>Bayern</translation>
        </message>
        <message>
            <source>Berlin</source>
            <translation>Berlin</translation>
        </message>
        <message>
            <source>Black-point compensation</source>
            <translation>Tiefenkompensierung</translation>
        </message>
        <message>
            <source>black-point compensation</source>
            <translation>Tiefenkompensierung</translation>
        </message>
        <message>
            <source>Brandenburg</source>
            <translation>Brandenburg</translation>
        </message>
        <message>
            <source>Bremen</source>
            <translation>Bremen</translation>
        </message>
        <message>
            <source>Cancelled: no proof version was made.</source>
            <translation>Abgebrochen: Es wurde keine Proof-Version erstellt.</translation>
        </message>
        <message>
            <source>Cancelled: “{name}” was not added.</source>
            <translation>Abgebrochen: „{name}“ wurde nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>Cannot open the store “{location}”: the folder is missing or not writable.</source>
            <translation>Die Datenbank „{location}“ lässt sich nicht öffnen: Der Ordner fehlt oder ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Cannot reach the database {location}; check that the server is running and this computer is on the shop's network.</source>
            <translation>Die Datenbank {location} ist nicht erreichbar; bitte prüfen, ob der Server läuft und dieser Computer im Netz der Druckerei ist.</translation>
        </message>
        <message>
            <source>Cannot read the store “{path}”: permission denied or the disk failed.</source>
            <translation>Die Datenbank „{path}“ lässt sich nicht lesen: keine Berechtigung oder der Datenträger ist defekt.</translation>
        </message>
        <message>
            <source>Cannot write into “{parent}”: permission denied.</source>
            <translation>In „{parent}“ darf nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>change a customer</source>
            <translation>Kundendaten zu ändern</translation>
        </message>
        <message>
            <source>change an order</source>
            <translation>einen Auftrag zu ändern</translation>
        </message>
        <message>
            <source>change an order's status</source>
            <translation>den Status eines Auftrags zu ändern</translation>
        </message>
        <message>
            <source>change staff</source>
            <translation>das Personal ändern</translation>
        </message>
        <message>
            <source>change the shop's logo</source>
            <translation>das Logo zu ändern</translation>
        </message>
        <message>
            <source>change the shop's settings</source>
            <translation>die Einstellungen zu ändern</translation>
        </message>
        <message>
            <source>Changes (one per line)</source>
            <translation>Änderungen (eine pro Zeile)</translation>
        </message>
        <message>
            <source>Changes asked for</source>
            <translation>Gewünschte Änderungen</translation>
        </message>
        <message>
            <source>Changes belong to “approve with changes” or “request changes”.</source>
            <translation>Änderungen gehören zu „Mit Änderungen freigeben“ oder „Änderungen anfordern“.</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Änderungen angefordert</translation>
        </message>
        <message>
            <source>Choose the logo as a picture file.</source>
            <translation>Bitte das Logo als Bilddatei wählen.</translation>
        </message>
        <message>
            <source>Clear the signature</source>
            <translation>Unterschrift löschen</translation>
        </message>
        <message>
            <source>colour warning</source>
            <translation>Farbwarnung</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Complaint about order {number}</source>
            <translation>Reklamation zu Auftrag {number}</translation>
        </message>
        <message>
            <source>Complaint of {date}</source>
            <translation>Reklamation vom {date}</translation>
        </message>
        <message>
            <source>Complaint {case} already has its replacement order {number}.</source>
            <translation>Reklamation {case} hat ihren Ersatzauftrag {number} schon.</translation>
        </message>
        <message>
            <source>Complaint {case} is not decided yet; decide it first.</source>
            <translation>Reklamation {case} ist noch nicht entschieden; bitte zuerst entscheiden.</translation>
        </message>
        <message>
            <source>Complaint {case} was not decided as a reprint at the shop's cost.</source>
            <translation>Reklamation {case} wurde nicht als Neudruck auf Kosten der Druckerei entschieden.</translation>
        </message>
        <message>
            <source>Complaint {dispute_id} has no case number (it was recorded before cases).</source>
            <translation>Reklamation {dispute_id} hat keine Fallnummer (sie wurde vor den Fallnummern aufgenommen).</translation>
        </message>
        <message>
            <source>condition of the goods handed over</source>
            <translation>Zustand der übergebenen Ware</translation>
        </message>
        <message>
            <source>Confirm and show the proof</source>
            <translation>Bestätigen und Korrekturabzug zeigen</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>customer copy</source>
            <translation>Kundenkopie</translation>
        </message>
        <message>
            <source>customer name</source>
            <translation>Kundenname</translation>
        </message>
        <message>
            <source>Customer {id} is restricted: they asked for erasure; only the owner can see them.</source>
            <translation>Kunde {id} ist gesperrt: Er hat die Löschung beantragt; nur die Inhaberin / der Inhaber kann ihn sehen.</translation>
        </message>
        <message>
            <source>Customer {id} is {name}, not {given}; give either the customer's number or a name.</source>
            <translation>Kunde {id} ist {name}, nicht {given}; bitte entweder die Kundennummer oder einen Namen angeben.</translation>
        </message>
        <message>
            <source>Customer {id} was already merged into customer {other}.</source>
            <translation>Kunde {id} wurde bereits mit Kunde {other} zusammengeführt.</translation>
        </message>
        <message>
            <source>Customer's copy of order {number}: the store no longer matches it.</source>
            <translation>Kundenkopie zu Auftrag {number}: Die Datenbank passt nicht mehr zu ihr.</translation>
        </message>
        <message>
            <source>Customer's copy of order {number}: {status}.</source>
            <translation>Kundenkopie zu Auftrag {number}: {status}.</translation>
        </message>
        <message>
            <source>customer's name</source>
            <translation>Name des Kunden</translation>
        </message>
        <message>
            <source>customer's words</source>
            <translation>Worte des Kunden</translation>
        </message>
        <message>
            <source>Data stored about {name}</source>
            <translation>Gespeicherte Daten zu {name}</translation>
        </message>
        <message>
            <source>database file</source>
            <translation>Datenbankdatei</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>days (0: none)</source>
            <translation>Tagen (0: keine)</translation>
        </message>
        <message>
            <source>days before the reminder</source>
            <translation>Tage bis zur Erinnerung</translation>
        </message>
        <message>
            <source>decide a complaint</source>
            <translation>eine Reklamation zu entscheiden</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Decision on version {version}</source>
            <translation>Entscheidung zu Version {version}</translation>
        </message>
        <message>
            <source>Decline the proof</source>
            <translation>Korrekturabzug ablehnen</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Declined: {reason}</source>
            <translation>Abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Deutsch</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>dispute</source>
            <translation>Reklamation</translation>
        </message>
        <message>
            <source>dispute decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Download the proof (PDF)</source>
            <translation>Korrekturabzug herunterladen (PDF)</translation>
        </message>
        <message>
            <source>dpi</source>
            <translation>dpi</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>e-mail a certificate</source>
            <translation>eine Freigabebestätigung per E-Mail zu senden</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Each side is shown with its trim (where it is cut), bleed and safe zone, as the proof's legend explains. On a screen the size depends on the device: printed at 100 % the proof PDF shows the job at its true size.</source>
            <translation>Jede Seite ist mit Endformat (wo geschnitten wird), Beschnitt und Sicherheitsabstand gezeigt, wie die Legende des Korrekturabzugs erklärt. Auf dem Bildschirm hängt die Größe vom Gerät ab: Mit 100 % gedruckt zeigt das PDF den Auftrag in Originalgröße.</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Erase orders automatically when their retention ends</source>
            <translation>Aufträge automatisch löschen, wenn ihre Aufbewahrungsfrist endet</translation>
        </message>
        <message>
            <source>erase personal data</source>
            <translation>personenbezogene Daten zu löschen</translation>
        </message>
        <message>
            <source>erased</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>Erased: {orders}.</source>
            <translation>Gelöscht: {orders}.</translation>
        </message>
        <message>
            <source>erasure</source>
            <translation>Löschung</translation>
        </message>
        <message>
            <source>erasure request</source>
            <translation>Löschantrag</translation>
        </message>
        <message>
            <source>Erasure request of {date}</source>
            <translation>Löschantrag vom {date}</translation>
        </message>
        <message>
            <source>event {seq} ({kind}) carries a signature that does not hold (altered or forged)</source>
            <translation>Ereignis {seq} ({kind}) trägt eine Signatur, die nicht gültig ist (verändert oder gefälscht)</translation>
        </message>
        <message>
            <source>event {seq} ({kind}) gives a staff member a key they did not make (appended outside PrintProof)</source>
            <translation>Ereignis {seq} ({kind}) gibt einer Person einen Schlüssel, den sie nicht erstellt hat (außerhalb von PrintProof angehängt)</translation>
        </message>
        <message>
            <source>event {seq} ({kind}) is not signed by an owner, though the shop's power events are signed since event {first} (appended outside PrintProof)</source>
            <translation>Ereignis {seq} ({kind}) ist nicht von einem Inhaber signiert, obwohl die Berechtigungsereignisse des Betriebs seit Ereignis {first} signiert werden (außerhalb von PrintProof angehängt)</translation>
        </message>
        <message>
            <source>event {seq} ({kind}) is not what PrintProof writes (altered or planted)</source>
            <translation>Ereignis {seq} ({kind}) ist nicht so, wie PrintProof es schreibt (verändert oder eingeschleust)</translation>
        </message>
        <message>
            <source>event {seq} ({kind}) is signed by someone who was not an active owner then (appended outside PrintProof)</source>
            <translation>Ereignis {seq} ({kind}) ist von jemandem signiert, der damals kein aktiver Inhaber war (außerhalb von PrintProof angehängt)</translation>
        </message>
        <message>
            <source>event {seq} ({kind}) was altered</source>
            <translation>Ereignis {seq} ({kind}) wurde verändert</translation>
        </message>
        <message>
            <source>event {seq} differs from the one the authority timestamped at {when}</source>
            <translation>Ereignis {seq} weicht von dem ab, das der Zeitstempeldienst am {when} gestempelt hat</translation>
        </message>
        <message>
            <source>event {seq} does not follow the event before it</source>
            <translation>Ereignis {seq} schließt nicht an das vorige an</translation>
        </message>
        <message>
            <source>Event {seq} no longer has the hash the copy carries: the chain up to it was rewritten.</source>
            <translation>Ereignis {seq} hat nicht mehr den Hash, den die Kopie trägt: Die Prüfkette bis dorthin wurde neu geschrieben.</translation>
        </message>
        <message>
            <source>event {seq} that the backup “{name}” holds is missing from the store</source>
            <translation>Ereignis {seq}, das die Sicherung „{name}“ enthält, fehlt in der Datenbank</translation>
        </message>
        <message>
            <source>event {seq}, timestamped by the authority at {when}, is missing from the store</source>
            <translation>Ereignis {seq}, vom Zeitstempeldienst am {when} gestempelt, fehlt in der Datenbank</translation>
        </message>
        <message>
            <source>Event {seq}, which sealed this record, is missing from the audit chain.</source>
            <translation>Ereignis {seq}, das diesen Datensatz versiegelt hat, fehlt in der Prüfkette.</translation>
        </message>
        <message>
            <source>Event {seq}, which sealed this record, now says something else.</source>
            <translation>Ereignis {seq}, das diesen Datensatz versiegelt hat, sagt jetzt etwas anderes.</translation>
        </message>
        <message>
            <source>events {expected_seq}–{last} are missing (deleted)</source>
            <translation>Ereignisse {expected_seq}–{last} fehlen (gelöscht)</translation>
        </message>
        <message>
            <source>events {first}–{last} that the backup “{name}” holds are missing from the store</source>
            <translation>Die Ereignisse {first}–{last}, die die Sicherung „{name}“ enthält, fehlen in der Datenbank</translation>
        </message>
        <message>
            <source>Every point of the checklist must be ticked before the proof is approved.</source>
            <translation>Vor der Freigabe müssen alle Punkte der Checkliste abgehakt sein.</translation>
        </message>
        <message>
            <source>Every serious finding must be acknowledged before the proof is approved; still open: {text}</source>
            <translation>Jeder schwerwiegende Befund muss bestätigt werden, bevor der Proof freigegeben wird; noch offen: {text}</translation>
        </message>
        <message>
            <source>export a customer's data</source>
            <translation>die Daten eines Kunden auszugeben</translation>
        </message>
        <message>
            <source>export a proof</source>
            <translation>einen Proof zu exportieren</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>file {digest}… is marked erased, but no sealed erasure names it</source>
            <translation>Datei {digest}… ist als gelöscht markiert, aber keine versiegelte Löschung nennt sie</translation>
        </message>
        <message>
            <source>file {sha}… is missing or altered</source>
            <translation>Datei {sha}… fehlt oder wurde verändert</translation>
        </message>
        <message>
            <source>finishing</source>
            <translation>Veredelung</translation>
        </message>
        <message>
            <source>First: a code to your e-mail address</source>
            <translation>Zuerst: ein Code an Ihre E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Folder for saved proofs</source>
            <translation>Ordner für gespeicherte Proofs</translation>
        </message>
        <message>
            <source>folder for saved proofs</source>
            <translation>Ordner für gespeicherte Proofs</translation>
        </message>
        <message>
            <source>Folder of the last artwork</source>
            <translation>Ordner der letzten Druckdaten</translation>
        </message>
        <message>
            <source>folder of the last artwork</source>
            <translation>Ordner der letzten Druckdaten</translation>
        </message>
        <message>
            <source>Folder of the last complaint photos</source>
            <translation>Ordner der letzten Reklamationsfotos</translation>
        </message>
        <message>
            <source>folder of the last complaint photos</source>
            <translation>Ordner der letzten Reklamationsfotos</translation>
        </message>
        <message>
            <source>Germany (nationwide holidays only)</source>
            <translation>Deutschland (nur bundesweite Feiertage)</translation>
        </message>
        <message>
            <source>Give between 0 and 5,000,000 demo orders.</source>
            <translation>Bitte 0 bis 5.000.000 Demo-Aufträge angeben.</translation>
        </message>
        <message>
            <source>Hamburg</source>
            <translation>Hamburg</translation>
        </message>
        <message>
            <source>hand over an order</source>
            <translation>einen Auftrag zu übergeben</translation>
        </message>
        <message numerus="yes">
            <source>Hand-over {n}: {count} piece</source>
            <extracomment>English plural: Hand-over {n}: {count} pieces</extracomment>
            <translation>
                <numerusform>Übergabe {n}: {count} Stück</numerusform>
                <numerusform>Übergabe {n}: {count} Stück</numerusform>
            </translation>
        </message>
        <message>
            <source>Handed over on {date} to {name}</source>
            <translation>Abholung am {date} durch {name}</translation>
        </message>
        <message>
            <source>Hatched: colours that the press prints visibly different from how a screen shows them. They are named in the findings below.</source>
            <translation>Schraffiert: Farben, die die Druckmaschine sichtbar anders druckt, als ein Bildschirm sie zeigt. Sie sind unten bei den Hinweisen genannt.</translation>
        </message>
        <message>
            <source>height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Hesse</source>
            <translation>Hessen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>how the customer asked</source>
            <translation>wie der Kunde gefragt hat</translation>
        </message>
        <message>
            <source>How to read the proof</source>
            <translation>So lesen Sie den Korrekturabzug</translation>
        </message>
        <message>
            <source>I have checked</source>
            <translation>Ich habe geprüft</translation>
        </message>
        <message>
            <source>idle time before locking (minutes)</source>
            <translation>Zeit bis zum Sperren (Minuten)</translation>
        </message>
        <message>
            <source>In the customer's words</source>
            <translation>In den Worten des Kunden</translation>
        </message>
        <message>
            <source>Install a press profile from its ICC file.</source>
            <translation>Ein Druckprofil wird aus seiner ICC-Datei installiert.</translation>
        </message>
        <message>
            <source>it cannot be printed again: its artwork is erased</source>
            <translation>er kann nicht nachgedruckt werden: seine Druckdaten sind gelöscht</translation>
        </message>
        <message>
            <source>It carries no trusted timestamp.</source>
            <translation>Es trägt keinen vertrauenswürdigen Zeitstempel.</translation>
        </message>
        <message>
            <source>it does not match the hash sealed in the audit chain</source>
            <translation>er passt nicht zur in der Prüfkette versiegelten Prüfsumme</translation>
        </message>
        <message>
            <source>It is valid for 10 minutes. If you did not ask for it, you can ignore this e-mail.</source>
            <translation>Er gilt 10 Minuten. Wenn Sie ihn nicht angefordert haben, können Sie diese E-Mail ignorieren.</translation>
        </message>
        <message>
            <source>it is {stored} in the store, but its sealed records make it {status}</source>
            <translation>er steht im Datenbestand als „{stored}“, seine versiegelten Datensätze ergeben aber „{status}“</translation>
        </message>
        <message>
            <source>it was made {status} without the record that step needs</source>
            <translation>er wurde auf „{status}“ gesetzt ohne den Datensatz, den dieser Schritt braucht</translation>
        </message>
        <message>
            <source>its approval was voided</source>
            <translation>ihre Freigabe wurde widerrufen</translation>
        </message>
        <message>
            <source>its audit event was altered</source>
            <translation>sein Eintrag in der Prüfkette wurde verändert</translation>
        </message>
        <message>
            <source>Its CA certificate</source>
            <translation>Sein CA-Zertifikat</translation>
        </message>
        <message>
            <source>its certificate cannot be made again (the signature and proof are erased)</source>
            <translation>seine Freigabebestätigung kann nicht mehr erstellt werden (Unterschrift und Proof sind gelöscht)</translation>
        </message>
        <message>
            <source>its complaint's acknowledgement cannot be made again (the customer's words are erased)</source>
            <translation>die Eingangsbestätigung seiner Reklamation kann nicht noch einmal erstellt werden (die Worte des Kunden sind gelöscht)</translation>
        </message>
        <message>
            <source>its job ticket cannot be printed (its customer's data and artwork are erased)</source>
            <translation>seine Auftragstasche kann nicht gedruckt werden (die Daten und Druckdaten des Kunden sind gelöscht)</translation>
        </message>
        <message>
            <source>its personal data and files are gone, its sealed records remain</source>
            <translation>seine personenbezogenen Daten und Dateien sind gelöscht, die versiegelten Datensätze bleiben</translation>
        </message>
        <message>
            <source>its pickup label cannot be printed (its customer's data is erased)</source>
            <translation>sein Abholetikett kann nicht gedruckt werden (die Daten des Kunden sind gelöscht)</translation>
        </message>
        <message>
            <source>its proofs are erased</source>
            <translation>seine Proofs sind gelöscht</translation>
        </message>
        <message>
            <source>Its receipt carries a timestamp of an authority this shop has not set as trusted.</source>
            <translation>Ihre Quittung trägt einen Zeitstempel eines Zeitstempeldienstes, den diese Druckerei nicht als vertrauenswürdig eingetragen hat.</translation>
        </message>
        <message>
            <source>Its receipt is timestamped by the authority at {time} UTC.</source>
            <translation>Ihre Quittung trägt einen Zeitstempel des Zeitstempeldienstes von {time} UTC.</translation>
        </message>
        <message>
            <source>its status does not follow from its records: {why}</source>
            <translation>sein Status folgt nicht aus seinen Datensätzen: {why}</translation>
        </message>
        <message>
            <source>its status rests on {record}, which is not in the store</source>
            <translation>sein Status beruht auf {record}, das nicht im Datenbestand ist</translation>
        </message>
        <message>
            <source>its status was changed from {start} to {end} in a way the rules do not allow</source>
            <translation>sein Status wurde von „{start}“ auf „{end}“ geändert, wie es die Regeln nicht erlauben</translation>
        </message>
        <message>
            <source>its status was changed from {start}, but its records had it {status}</source>
            <translation>sein Status wurde von „{start}“ aus geändert, laut seinen Datensätzen war er aber „{status}“</translation>
        </message>
        <message>
            <source>Job ticket</source>
            <translation>Auftragstasche</translation>
        </message>
        <message>
            <source>Keep orders after their last event for</source>
            <translation>Aufträge nach dem letzten Vorgang aufbewahren für</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Aufbewahrt bis</translation>
        </message>
        <message>
            <source>kept until {date} ({law})</source>
            <translation>aufbewahrt bis {date} ({law})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language of proofs</source>
            <translation>Sprache der Korrekturabzüge</translation>
        </message>
        <message>
            <source>language of proofs</source>
            <translation>Sprache der Korrekturabzüge</translation>
        </message>
        <message>
            <source>Language of this workstation (after restart)</source>
            <translation>Sprache dieses Arbeitsplatzes (nach Neustart)</translation>
        </message>
        <message>
            <source>language of this workstation (after restart)</source>
            <translation>Sprache dieses Arbeitsplatzes (nach Neustart)</translation>
        </message>
        <message numerus="yes">
            <source>Late by {count} day</source>
            <extracomment>English plural: Late by {count} days</extracomment>
            <translation>
                <numerusform>{count} Tag zu spät</numerusform>
                <numerusform>{count} Tage zu spät</numerusform>
            </translation>
        </message>
        <message>
            <source>letter</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>list of changes</source>
            <translation>Änderungsliste</translation>
        </message>
        <message>
            <source>Lock when idle after</source>
            <translation>Sperren nach</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Lower Saxony</source>
            <translation>Niedersachsen</translation>
        </message>
        <message>
            <source>Mail server</source>
            <translation>Mailserver</translation>
        </message>
        <message>
            <source>mail server</source>
            <translation>Mailserver</translation>
        </message>
        <message>
            <source>mail server's password</source>
            <translation>Passwort für den Mailserver</translation>
        </message>
        <message>
            <source>mail server's port</source>
            <translation>Port des Mailservers</translation>
        </message>
        <message>
            <source>mail server's security</source>
            <translation>Sicherheit des Mailservers</translation>
        </message>
        <message>
            <source>mail server's user name</source>
            <translation>Benutzername für den Mailserver</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>eine Sicherung erstellen</translation>
        </message>
        <message>
            <source>make a complaint's acknowledgement</source>
            <translation>eine Eingangsbestätigung einer Reklamation erstellen</translation>
        </message>
        <message>
            <source>make a new signing key</source>
            <translation>einen neuen Signaturschlüssel erstellen</translation>
        </message>
        <message>
            <source>make a proof</source>
            <translation>einen Proof zu erstellen</translation>
        </message>
        <message>
            <source>make a recovery code</source>
            <translation>einen Wiederherstellungscode erstellen</translation>
        </message>
        <message>
            <source>make a replacement order</source>
            <translation>einen Ersatzauftrag anlegen</translation>
        </message>
        <message>
            <source>make the customer's copy</source>
            <translation>die Kopie für den Kunden zu erstellen</translation>
        </message>
        <message>
            <source>Mark exactly four corners of the product.</source>
            <translation>Bitte genau vier Ecken des Produkts markieren.</translation>
        </message>
        <message>
            <source>Mark the product's four corners in the photo first.</source>
            <translation>Bitte zuerst die vier Ecken des Produkts im Foto markieren.</translation>
        </message>
        <message>
            <source>Marks on the proof belong to a request for changes; the proof is approved as it is.</source>
            <translation>Markierungen auf dem Proof gehören zu einem Änderungswunsch; freigegeben wird der Proof so, wie er ist.</translation>
        </message>
        <message>
            <source>Matches the approval: {answer}</source>
            <translation>Entspricht der Freigabe: {answer}</translation>
        </message>
        <message>
            <source>Mecklenburg-Western Pomerania</source>
            <translation>Mecklenburg-Vorpommern</translation>
        </message>
        <message>
            <source>merge customers</source>
            <translation>Kunden zusammenzuführen</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name as written</source>
            <translation>Name, wie geschrieben</translation>
        </message>
        <message>
            <source>name of the person collecting</source>
            <translation>Name der abholenden Person</translation>
        </message>
        <message>
            <source>Name the customer, or pick one from the directory.</source>
            <translation>Bitte den Kunden nennen oder aus der Kundenliste wählen.</translation>
        </message>
        <message>
            <source>Name the customer: #id, an order number, an e-mail address or the full name.</source>
            <translation>Bitte den Kunden nennen: #Nummer, eine Auftragsnummer, die E-Mail-Adresse oder den vollen Namen.</translation>
        </message>
        <message>
            <source>Neither version shows any artwork.</source>
            <translation>Keine der beiden Versionen zeigt Druckdaten.</translation>
        </message>
        <message>
            <source>No mail server is set up (Settings → E-mail &amp; timestamp).</source>
            <translation>Es ist kein Mailserver eingerichtet (Einstellungen → E-Mail &amp; Zeitstempel).</translation>
        </message>
        <message>
            <source>No order to erase.</source>
            <translation>Kein Auftrag zum Löschen angegeben.</translation>
        </message>
        <message>
            <source>No password for the mail server {host} is kept on this computer: type it in Settings → E-mail &amp; timestamp.</source>
            <translation>Auf diesem Computer ist kein Passwort für den Mailserver {host} gespeichert: geben Sie es unter Einstellungen → E-Mail &amp; Zeitstempel ein.</translation>
        </message>
        <message>
            <source>No session is set here: PRINTPROOF_SESSION is empty.</source>
            <translation>Hier ist keine Sitzung gesetzt: PRINTPROOF_SESSION ist leer.</translation>
        </message>
        <message>
            <source>No timestamp authority is set up (Settings → E-mail &amp; timestamp).</source>
            <translation>Es ist kein Zeitstempeldienst eingerichtet (Einstellungen → E-Mail &amp; Zeitstempel).</translation>
        </message>
        <message>
            <source>Nobody is signed in at this workstation; please sign in.</source>
            <translation>An diesem Arbeitsplatz ist niemand angemeldet; bitte melden Sie sich an.</translation>
        </message>
        <message>
            <source>none (only inside the shop's network)</source>
            <translation>keine (nur im Netz des Betriebs)</translation>
        </message>
        <message>
            <source>North Rhine-Westphalia</source>
            <translation>Nordrhein-Westfalen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>note on what changed</source>
            <translation>Notiz zu den Änderungen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>nothing more can be recorded for it</source>
            <translation>es kann nichts mehr dazu erfasst werden</translation>
        </message>
        <message>
            <source>number of backup copies kept</source>
            <translation>Anzahl aufbewahrter Sicherungen</translation>
        </message>
        <message>
            <source>offer of an e-mail when an order is ready</source>
            <translation>Angebot einer E-Mail, wenn ein Auftrag abholbereit ist</translation>
        </message>
        <message>
            <source>Offer to tell the customer when an order is ready</source>
            <translation>Anbieten, den Kunden zu benachrichtigen, wenn ein Auftrag abholbereit ist</translation>
        </message>
        <message>
            <source>One reminder after</source>
            <translation>Eine Erinnerung nach</translation>
        </message>
        <message>
            <source>Only a discount or a refund has an amount.</source>
            <translation>Nur ein Nachlass oder eine Erstattung hat einen Betrag.</translation>
        </message>
        <message>
            <source>Only the latest proof version can be sent.</source>
            <translation>Nur die neueste Version des Korrekturabzugs kann gesendet werden.</translation>
        </message>
        <message>
            <source>Only {open} of the {ordered} pieces of order {number} are still to be handed over, not {quantity}.</source>
            <translation>Von den {ordered} Stück des Auftrags {number} sind nur noch {open} zu übergeben, nicht {quantity}.</translation>
        </message>
        <message>
            <source>Only {who} may {action}; {name} is signed in as {role}.</source>
            <translation>Nur {who} darf {action}; {name} ist angemeldet als {role}.</translation>
        </message>
        <message>
            <source>open large</source>
            <translation>groß öffnen</translation>
        </message>
        <message>
            <source>Or tap “Set a pin” and then the place on a page; write what should change there.</source>
            <translation>Oder tippen Sie auf „Stecknadel setzen“ und dann auf die Stelle einer Seite; schreiben Sie, was dort geändert werden soll.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>Auftragsnummer</translation>
        </message>
        <message>
            <source>Order screen division</source>
            <translation>Aufteilung der Auftragsansicht</translation>
        </message>
        <message>
            <source>order screen division</source>
            <translation>Aufteilung der Auftragsansicht</translation>
        </message>
        <message>
            <source>Order screen: buttons above the versions and history</source>
            <translation>Auftragsansicht: Schaltflächen über Versionen und Verlauf</translation>
        </message>
        <message>
            <source>order screen: buttons above the versions and history</source>
            <translation>Auftragsansicht: Schaltflächen über Versionen und Verlauf</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Auftrag {number}</translation>
        </message>
        <message>
            <source>Order {number} already has an open complaint; the owner decides it first.</source>
            <translation>Zu Auftrag {number} gibt es schon eine offene Reklamation; zuerst entscheidet die Inhaberin / der Inhaber darüber.</translation>
        </message>
        <message>
            <source>Order {number} becomes approved only when the customer's approval of its current proof version is recorded.</source>
            <translation>Auftrag {number} wird erst freigegeben, wenn die Druckfreigabe des Kunden für die aktuelle Proof-Version erfasst ist.</translation>
        </message>
        <message>
            <source>Order {number} becomes disputed only when a complaint is recorded.</source>
            <translation>Auftrag {number} wird erst reklamiert, wenn eine Reklamation erfasst ist.</translation>
        </message>
        <message>
            <source>Order {number} cannot go on: {why}. Run “verify” and restore the newest backup that verifies.</source>
            <translation>Auftrag {number} kann nicht weitergeführt werden: {why}. Bitte den Datenbestand prüfen und die neueste Sicherung wiederherstellen, die sich prüfen lässt.</translation>
        </message>
        <message>
            <source>Order {number} has an open complaint; a new proof version follows only the owner's decision “new proof”.</source>
            <translation>Zu Auftrag {number} gibt es eine offene Reklamation; eine neue Proof-Version folgt erst auf die Entscheidung „neuer Proof“ der Inhaberin / des Inhabers.</translation>
        </message>
        <message>
            <source>Order {number} has an open complaint; its artwork changes only after the owner decides it as “new proof”.</source>
            <translation>Zu Auftrag {number} gibt es eine offene Reklamation; die Druckdaten ändern sich erst, wenn die Inhaberin / der Inhaber „neuer Proof“ entscheidet.</translation>
        </message>
        <message>
            <source>Order {number} has an open complaint; its specification changes only after the owner decides it as “new proof”.</source>
            <translation>Auftrag {number} hat eine offene Reklamation; seine Auftragsdaten ändern sich erst, wenn die Inhaberin / der Inhaber sie als „neuer Proof“ entscheidet.</translation>
        </message>
        <message>
            <source>Order {number} has an open complaint; the owner decides it before the order is handed over.</source>
            <translation>Zu Auftrag {number} gibt es eine offene Reklamation; erst entscheidet die Inhaberin / der Inhaber, dann wird übergeben.</translation>
        </message>
        <message>
            <source>Order {number} has no approval that stands.</source>
            <translation>Auftrag {number} hat keine gültige Freigabe.</translation>
        </message>
        <message>
            <source>Order {number} has no approval yet.</source>
            <translation>Auftrag {number} hat noch keine Freigabe.</translation>
        </message>
        <message>
            <source>Order {number} has no approval; it cannot be handed over.</source>
            <translation>Auftrag {number} hat keine Druckfreigabe; er kann nicht übergeben werden.</translation>
        </message>
        <message>
            <source>Order {number} has no artwork on this side.</source>
            <translation>Auftrag {number} hat auf dieser Seite keine Druckdaten.</translation>
        </message>
        <message>
            <source>Order {number} has no artwork to print again.</source>
            <translation>Auftrag {number} hat keine Druckdaten, die nachgedruckt werden könnten.</translation>
        </message>
        <message>
            <source>Order {number} has no artwork yet; add the customer's files first.</source>
            <translation>Auftrag {number} hat noch keine Druckdaten; bitte zuerst die Dateien des Kunden hinzufügen.</translation>
        </message>
        <message>
            <source>Order {number} has no e-mail address; give one to send the link to.</source>
            <translation>Auftrag {number} hat keine E-Mail-Adresse; geben Sie eine an, an die der Link gehen soll.</translation>
        </message>
        <message>
            <source>Order {number} has no proof version {version}.</source>
            <translation>Auftrag {number} hat keine Proof-Version {version}.</translation>
        </message>
        <message>
            <source>Order {number} has no proof yet.</source>
            <translation>Auftrag {number} hat noch keinen Proof.</translation>
        </message>
        <message>
            <source>Order {number} has no proof yet; make one before the customer decides.</source>
            <translation>Auftrag {number} hat noch keinen Proof; bitte erst einen erstellen, bevor der Kunde entscheidet.</translation>
        </message>
        <message>
            <source>Order {number} is already {status}.</source>
            <translation>Auftrag {number} ist schon „{status}“.</translation>
        </message>
        <message>
            <source>Order {number} is approved; a new proof version needs the owner to void the approval first, with a reason.</source>
            <translation>Auftrag {number} ist freigegeben; für eine neue Proof-Version muss die Inhaberin / der Inhaber zuerst die Freigabe mit Begründung aufheben.</translation>
        </message>
        <message>
            <source>Order {number} is not in this store.</source>
            <translation>Auftrag {number} ist nicht in dieser Datenbank.</translation>
        </message>
        <message>
            <source>Order {number} is not ready for pickup yet; nothing was sent.</source>
            <translation>Auftrag {number} ist noch nicht abholbereit; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Order {number} is picked up only through a hand-over that the customer signs.</source>
            <translation>Auftrag {number} gilt erst als abgeholt, wenn der Kunde die Übergabe unterschreibt.</translation>
        </message>
        <message>
            <source>Order {number} is resolved only through the owner's decision on the complaint.</source>
            <translation>Die Reklamation zu Auftrag {number} ist erst mit der Entscheidung der Inhaberin / des Inhabers erledigt.</translation>
        </message>
        <message>
            <source>Order {number} is restricted: the customer asked for erasure, which the law does not allow before {date}; only the owner can open it.</source>
            <translation>Auftrag {number} ist gesperrt: Der Kunde hat die Löschung verlangt, die das Gesetz erst ab {date} erlaubt; nur die Inhaberin / der Inhaber kann ihn öffnen.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; a new proof version follows only a complaint that the owner decides as “new proof”.</source>
            <translation>Auftrag {number} ist „{status}“; eine neue Proof-Version folgt nur auf eine Reklamation, die die Inhaberin / der Inhaber als „neuer Proof“ entscheidet.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; it cannot be approved now.</source>
            <translation>Auftrag {number} ist „{status}“; er kann jetzt nicht freigegeben werden.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; its approval stays, and changes now go through a complaint.</source>
            <translation>Auftrag {number} ist „{status}“; die Freigabe bleibt bestehen, Änderungen laufen jetzt über eine Reklamation.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; its artwork changes only after a complaint that the owner decides as “new proof”.</source>
            <translation>Auftrag {number} ist „{status}“; die Druckdaten ändern sich nur nach einer Reklamation, die die Inhaberin / der Inhaber als „neuer Proof“ entscheidet.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; its specification changes only after a complaint that the owner decides as “new proof”.</source>
            <translation>Auftrag {number} ist „{status}“; seine Auftragsdaten ändern sich nur nach einer Reklamation, die die Inhaberin / der Inhaber als „neuer Proof“ entscheidet.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; only an approved order goes into production.</source>
            <translation>Auftrag {number} ist „{status}“; nur ein freigegebener Auftrag geht in Produktion.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; only an order in production becomes ready for pickup.</source>
            <translation>Auftrag {number} ist „{status}“; nur ein Auftrag in Produktion wird abholbereit.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; there is no open complaint to decide.</source>
            <translation>Auftrag {number} ist „{status}“; es gibt keine offene Reklamation zu entscheiden.</translation>
        </message>
        <message>
            <source>Order {number} is {status}; there is nothing to complain about yet.</source>
            <translation>Auftrag {number} ist „{status}“; es gibt noch nichts zu reklamieren.</translation>
        </message>
        <message>
            <source>Order {number} must be kept until {date} ({law}); it cannot be erased before.</source>
            <translation>Auftrag {number} muss bis {date} aufbewahrt werden ({law}); vorher kann er nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>Order {number} returns to proofing only through a new proof version or when the owner voids its approval.</source>
            <translation>Auftrag {number} kommt nur mit einer neuen Proof-Version zurück in die Korrektur oder wenn die Inhaberin / der Inhaber die Freigabe aufhebt.</translation>
        </message>
        <message>
            <source>Order {number} was already handed over.</source>
            <translation>Auftrag {number} wurde schon übergeben.</translation>
        </message>
        <message>
            <source>Order {number} was erased on {date} already.</source>
            <translation>Auftrag {number} wurde bereits am {date} gelöscht.</translation>
        </message>
        <message>
            <source>Order {number} was erased on {date}; {what}.</source>
            <translation>Auftrag {number} wurde am {date} gelöscht; {what}.</translation>
        </message>
        <message>
            <source>Order {number} was handed over; its due date stays.</source>
            <translation>Auftrag {number} wurde übergeben; sein Liefertermin bleibt.</translation>
        </message>
        <message>
            <source>Order {number}.</source>
            <translation>Auftrag {number}.</translation>
        </message>
        <message>
            <source>Other workstations keep making proofs of this order; please try again.</source>
            <translation>Andere Arbeitsplätze erstellen gerade Proofs zu diesem Auftrag; bitte noch einmal versuchen.</translation>
        </message>
        <message>
            <source>page label</source>
            <translation>Seitenname</translation>
        </message>
        <message>
            <source>Page numbers run from 1 to 64.</source>
            <translation>Seitennummern gehen von 1 bis 64.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Page {page} of {pages} of the proof</source>
            <translation>Seite {page} von {pages} des Korrekturabzugs</translation>
        </message>
        <message>
            <source>Page {page} of “{name}” has no size.</source>
            <translation>Seite {page} von „{name}“ hat keine Größe.</translation>
        </message>
        <message>
            <source>Page {page} of “{name}” shows nothing: its visible area lies outside the page; ask the customer to export the PDF again.</source>
            <translation>Seite {page} von „{name}“ zeigt nichts: Ihr sichtbarer Bereich liegt außerhalb der Seite; bitte den Kunden, das PDF neu zu exportieren.</translation>
        </message>
        <message>
            <source>pair PrintProof with a portal</source>
            <translation>PrintProof mit einem Freigabeportal verbinden</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Perceptual</source>
            <translation>Wahrnehmungsorientiert</translation>
        </message>
        <message>
            <source>Personal data erased on</source>
            <translation>Personenbezogene Daten gelöscht am</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>Photos of what was delivered (up to {count})</source>
            <translation>Fotos der Lieferung (bis zu {count})</translation>
        </message>
        <message>
            <source>Pick two different versions to compare.</source>
            <translation>Bitte zwei verschiedene Versionen zum Vergleichen wählen.</translation>
        </message>
        <message>
            <source>pickup</source>
            <translation>Abholung</translation>
        </message>
        <message>
            <source>PIN of {name}: </source>
            <translation>PIN von {name}: </translation>
        </message>
        <message>
            <source>Please acknowledge every finding before you approve.</source>
            <translation>Bitte bestätigen Sie jeden Hinweis, bevor Sie freigeben.</translation>
        </message>
        <message>
            <source>Please ask for a code first.</source>
            <translation>Bitte fordern Sie zuerst einen Code an.</translation>
        </message>
        <message>
            <source>Please choose</source>
            <translation>Bitte wählen</translation>
        </message>
        <message>
            <source>Please choose what the complaint is about.</source>
            <translation>Bitte wählen Sie, worum es bei der Reklamation geht.</translation>
        </message>
        <message>
            <source>Please choose your decision.</source>
            <translation>Bitte wählen Sie Ihre Entscheidung.</translation>
        </message>
        <message>
            <source>Please confirm the code from your e-mail first.</source>
            <translation>Bitte bestätigen Sie zuerst den Code aus Ihrer E-Mail.</translation>
        </message>
        <message>
            <source>Please read and acknowledge</source>
            <translation>Bitte lesen und bestätigen</translation>
        </message>
        <message>
            <source>Please say why you decline the proof.</source>
            <translation>Bitte sagen Sie, warum Sie den Korrekturabzug ablehnen.</translation>
        </message>
        <message>
            <source>Please sign in again, {name}: your key changed since you signed in.</source>
            <translation>Bitte melden Sie sich erneut an, {name}: Ihr Schlüssel hat sich seit der Anmeldung geändert.</translation>
        </message>
        <message>
            <source>Please sign in to {action}.</source>
            <translation>Bitte anmelden, um {action}.</translation>
        </message>
        <message>
            <source>Please sign in: give --user and --pin (or set PRINTPROOF_USER and PRINTPROOF_PIN).</source>
            <translation>Bitte melden Sie sich an: Geben Sie --user und --pin an (oder setzen Sie PRINTPROOF_USER und PRINTPROOF_PIN).</translation>
        </message>
        <message>
            <source>Please tick every point of the checklist before you approve.</source>
            <translation>Bitte haken Sie jeden Punkt der Checkliste ab, bevor Sie freigeben.</translation>
        </message>
        <message>
            <source>Please write down the changes, or set a pin on the proof with a text.</source>
            <translation>Bitte schreiben Sie die Änderungen auf oder setzen Sie eine Stecknadel mit Text auf den Korrekturabzug.</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Portal key</source>
            <translation>Portal-Schlüssel</translation>
        </message>
        <message>
            <source>portal's address</source>
            <translation>Adresse des Portals</translation>
        </message>
        <message>
            <source>portal's key</source>
            <translation>Schlüssel des Portals</translation>
        </message>
        <message>
            <source>Portal's public key</source>
            <translation>Öffentlicher Schlüssel des Portals</translation>
        </message>
        <message>
            <source>portal's public key</source>
            <translation>öffentlicher Schlüssel des Portals</translation>
        </message>
        <message>
            <source>power</source>
            <translation>Berechtigungen</translation>
        </message>
        <message>
            <source>Press profile</source>
            <translation>Druckprofil</translation>
        </message>
        <message>
            <source>press profile</source>
            <translation>Druckprofil</translation>
        </message>
        <message>
            <source>print a dossier</source>
            <translation>ein Dossier zu drucken</translation>
        </message>
        <message>
            <source>print a job ticket</source>
            <translation>eine Auftragstasche zu drucken</translation>
        </message>
        <message>
            <source>print a pickup label</source>
            <translation>ein Abholetikett zu drucken</translation>
        </message>
        <message>
            <source>print an approval certificate</source>
            <translation>eine Freigabebestätigung zu drucken</translation>
        </message>
        <message>
            <source>PrintProof did not expect this; nothing was saved half-way.</source>
            <translation>Damit hat PrintProof nicht gerechnet; nichts wurde halb gespeichert.</translation>
        </message>
        <message>
            <source>PrintProof did not expect this; nothing was saved half-way. Details for support are in {path}.</source>
            <translation>Damit hat PrintProof nicht gerechnet; nichts wurde halb gespeichert. Einzelheiten für den Support stehen in {path}.</translation>
        </message>
        <message>
            <source>PrintProof is not paired with a portal yet (Settings → Portal).</source>
            <translation>PrintProof ist noch mit keinem Freigabeportal verbunden (Einstellungen → Portal).</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>proof</source>
            <translation>Proof</translation>
        </message>
        <message>
            <source>Proof (SHA-256)</source>
            <translation>Korrekturabzug (SHA-256)</translation>
        </message>
        <message>
            <source>Proof for order {number}</source>
            <translation>Korrekturabzug für Auftrag {number}</translation>
        </message>
        <message>
            <source>Proof for order {number}, version {version}</source>
            <translation>Korrekturabzug für Auftrag {number}, Version {version}</translation>
        </message>
        <message>
            <source>Proof resolution</source>
            <translation>Auflösung im Proof</translation>
        </message>
        <message>
            <source>proof resolution (dpi)</source>
            <translation>Auflösung im Proof (dpi)</translation>
        </message>
        <message>
            <source>Proof version</source>
            <translation>Version des Korrekturabzugs</translation>
        </message>
        <message>
            <source>proof version {version} is not the PDF the audit chain recorded</source>
            <translation>Proof-Version {version} ist nicht das PDF, das die Prüfkette festhält</translation>
        </message>
        <message>
            <source>Proof version {version} of order {number}: {status}.</source>
            <translation>Proof-Version {version} von Auftrag {number}: {status}.</translation>
        </message>
        <message>
            <source>Proof version {version} of {order} is stored, but {reason} Save it again with “printproof proof export”.</source>
            <translation>Version {version} des Korrekturabzugs von {order} ist gespeichert, aber {reason} Bitte mit „printproof proof export“ erneut sichern.</translation>
        </message>
        <message>
            <source>Proof versions</source>
            <translation>Proof-Versionen</translation>
        </message>
        <message>
            <source>protection</source>
            <translation>Schutz</translation>
        </message>
        <message>
            <source>re-install the store's protections</source>
            <translation>die Schutzmechanismen der Datenbank neu einrichten</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>record a complaint</source>
            <translation>eine Reklamation aufzunehmen</translation>
        </message>
        <message>
            <source>record an approval</source>
            <translation>eine Freigabe festzuhalten</translation>
        </message>
        <message>
            <source>record an erasure request</source>
            <translation>einen Löschantrag zu erfassen</translation>
        </message>
        <message>
            <source>Record SHA-256</source>
            <translation>SHA-256 des Datensatzes</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Erfasst am</translation>
        </message>
        <message>
            <source>Relative colorimetric</source>
            <translation>Relativ farbmetrisch</translation>
        </message>
        <message>
            <source>remove artwork</source>
            <translation>Druckdaten zu entfernen</translation>
        </message>
        <message>
            <source>rendering intent</source>
            <translation>Umrechnung der RGB-Daten</translation>
        </message>
        <message>
            <source>Request changes (a new version follows)</source>
            <translation>Änderungen anfordern (eine neue Version folgt)</translation>
        </message>
        <message>
            <source>reset a PIN</source>
            <translation>eine PIN zurückzusetzen</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>eine Sicherung zurückzuspielen</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>retention period (years)</source>
            <translation>Aufbewahrungsfrist (Jahre)</translation>
        </message>
        <message>
            <source>RGB artwork converted</source>
            <translation>RGB-Daten umgewandelt</translation>
        </message>
        <message>
            <source>Rhineland-Palatinate</source>
            <translation>Rheinland-Pfalz</translation>
        </message>
        <message>
            <source>Saarland</source>
            <translation>Saarland</translation>
        </message>
        <message>
            <source>Saturation</source>
            <translation>Sättigung</translation>
        </message>
        <message>
            <source>Saxony</source>
            <translation>Sachsen</translation>
        </message>
        <message>
            <source>Saxony-Anhalt</source>
            <translation>Sachsen-Anhalt</translation>
        </message>
        <message>
            <source>Schleswig-Holstein</source>
            <translation>Schleswig-Holstein</translation>
        </message>
        <message>
            <source>Screen shown at start</source>
            <translation>Ansicht beim Start</translation>
        </message>
        <message>
            <source>screen shown at start</source>
            <translation>Ansicht beim Start</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>see orders past retention</source>
            <translation>abgelaufene Aufbewahrungsfristen zu sehen</translation>
        </message>
        <message>
            <source>see restricted data</source>
            <translation>gesperrte Daten zu sehen</translation>
        </message>
        <message>
            <source>see the complaints by link that could not be recorded</source>
            <translation>die nicht aufgenommenen Reklamationen per Link sehen</translation>
        </message>
        <message>
            <source>see the complaints' figures</source>
            <translation>die Zahlen der Reklamationen sehen</translation>
        </message>
        <message>
            <source>see the open complaints</source>
            <translation>die offenen Reklamationen sehen</translation>
        </message>
        <message>
            <source>Send a new code</source>
            <translation>Neuen Code senden</translation>
        </message>
        <message>
            <source>send a proof for approval</source>
            <translation>einen Korrekturabzug zur Freigabe senden</translation>
        </message>
        <message>
            <source>Send me the code</source>
            <translation>Code an mich senden</translation>
        </message>
        <message>
            <source>Send my decision</source>
            <translation>Meine Entscheidung senden</translation>
        </message>
        <message>
            <source>Send the complaint</source>
            <translation>Reklamation senden</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Absenderadresse</translation>
        </message>
        <message>
            <source>sender address</source>
            <translation>Absenderadresse</translation>
        </message>
        <message>
            <source>Session of {name} until {time}; end it with: printproof session end</source>
            <translation>Sitzung von {name} bis {time}; beenden mit: printproof session end</translation>
        </message>
        <message>
            <source>Set a pin</source>
            <translation>Stecknadel setzen</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>Name der Druckerei</translation>
        </message>
        <message>
            <source>shop name</source>
            <translation>Name der Druckerei</translation>
        </message>
        <message>
            <source>Show the colour warning for this side</source>
            <translation>Farbwarnung für diese Seite zeigen</translation>
        </message>
        <message>
            <source>Side {side}: {file} ({type})</source>
            <translation>Seite {side}: {file} ({type})</translation>
        </message>
        <message>
            <source>Sign here with your finger, pen or mouse</source>
            <translation>Hier mit Finger, Stift oder Maus unterschreiben</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Unterschrieben von</translation>
        </message>
        <message>
            <source>Signed on the shop's portal at {decided} UTC, after the code sent to {address} was confirmed at {confirmed} UTC; from {ip}, {browser}.</source>
            <translation>Im Freigabeportal der Druckerei unterschrieben um {decided} UTC, nachdem der an {address} gesendete Code um {confirmed} UTC bestätigt wurde; von {ip}, {browser}.</translation>
        </message>
        <message>
            <source>signing key</source>
            <translation>Signaturschlüssel</translation>
        </message>
        <message>
            <source>Signing needs JavaScript; please allow it for this page.</source>
            <translation>Zum Unterschreiben wird JavaScript gebraucht; bitte erlauben Sie es für diese Seite.</translation>
        </message>
        <message>
            <source>Size, quantity</source>
            <translation>Format, Auflage</translation>
        </message>
        <message>
            <source>Skip to the content</source>
            <translation>Zum Inhalt springen</translation>
        </message>
        <message>
            <source>So that only you can decide, we send a 6-digit code to {address}. It is valid for 10 minutes.</source>
            <translation>Damit nur Sie entscheiden können, senden wir einen 6-stelligen Code an {address}. Er gilt 10 Minuten.</translation>
        </message>
        <message>
            <source>Something is not right with what {shop} delivered ({product})? Tell the shop here, in your words, and add photos of it. The shop records it with a case number and answers you.</source>
            <translation>Ist mit der Lieferung von {shop} ({product}) etwas nicht in Ordnung? Sagen Sie es hier in Ihren Worten und fügen Sie Fotos hinzu. Die Druckerei nimmt es mit einer Fallnummer auf und antwortet Ihnen.</translation>
        </message>
        <message>
            <source>SSL/TLS (port 465)</source>
            <translation>SSL/TLS (Port 465)</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>staff member {id} is called {name} in the staff table, but the audit chain recorded {sealed}</source>
            <translation>Person {id} heißt in der Personaltabelle {name}, die Prüfkette hält aber {sealed} fest</translation>
        </message>
        <message>
            <source>staff member {name} is not in the audit chain (added outside PrintProof)</source>
            <translation>{name} steht nicht in der Prüfkette (außerhalb von PrintProof angelegt)</translation>
        </message>
        <message>
            <source>staff member {name} is {role} in the staff table, but the audit chain recorded {sealed}</source>
            <translation>{name} ist in der Personaltabelle {role}, die Prüfkette hält aber {sealed} fest</translation>
        </message>
        <message>
            <source>staff member {name} was made active outside PrintProof</source>
            <translation>{name} wurde außerhalb von PrintProof aktiviert</translation>
        </message>
        <message>
            <source>staff member {name} was made inactive outside PrintProof</source>
            <translation>{name} wurde außerhalb von PrintProof deaktiviert</translation>
        </message>
        <message>
            <source>Staff present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <source>Staff, PINs, recovery codes, restores, the signing key, the portal and the shop's settings change only with the PIN itself, not in a session: give --user and --pin.</source>
            <translation>Mitarbeitende, PINs, Wiederherstellungscodes, Wiederherstellungen, der Signaturschlüssel, das Portal und die Einstellungen der Druckerei ändern sich nur mit der PIN selbst, nicht in einer Sitzung: Geben Sie --user und --pin an.</translation>
        </message>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (Port 587)</translation>
        </message>
        <message>
            <source>State (for public holidays)</source>
            <translation>Bundesland (für Feiertage)</translation>
        </message>
        <message>
            <source>state of the shop</source>
            <translation>Bundesland der Druckerei</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>Papier / Material</translation>
        </message>
        <message>
            <source>stored file {digest}… was altered</source>
            <translation>gespeicherte Datei {digest}… wurde verändert</translation>
        </message>
        <message>
            <source>superseded by a later version</source>
            <translation>durch eine spätere Version ersetzt</translation>
        </message>
        <message>
            <source>sync with the portal</source>
            <translation>mit dem Portal abgleichen</translation>
        </message>
        <message>
            <source>take a reprint</source>
            <translation>einen Nachdruck anzulegen</translation>
        </message>
        <message>
            <source>take an order</source>
            <translation>einen Auftrag anzulegen</translation>
        </message>
        <message>
            <source>Taken on</source>
            <translation>Angelegt am</translation>
        </message>
        <message>
            <source>tell a customer by e-mail</source>
            <translation>einen Kunden per E-Mail zu benachrichtigen</translation>
        </message>
        <message>
            <source>terms</source>
            <translation>Bedingungen</translation>
        </message>
        <message>
            <source>Terms (English)</source>
            <translation>Bedingungen (Englisch)</translation>
        </message>
        <message>
            <source>Terms (German)</source>
            <translation>Bedingungen (Deutsch)</translation>
        </message>
        <message>
            <source>Terms of the approval</source>
            <translation>Bedingungen der Freigabe</translation>
        </message>
        <message>
            <source>text of a pin</source>
            <translation>Text einer Nadel</translation>
        </message>
        <message>
            <source>Thank you – your complaint has been received</source>
            <translation>Danke – Ihre Reklamation ist eingegangen</translation>
        </message>
        <message>
            <source>Thank you – your decision is recorded</source>
            <translation>Danke – Ihre Entscheidung ist gespeichert</translation>
        </message>
        <message>
            <source>That code is not right; {left} tries left.</source>
            <translation>Dieser Code stimmt nicht; noch {left} Versuche.</translation>
        </message>
        <message>
            <source>That is too short to be a signature; please sign with your name.</source>
            <translation>Das ist zu kurz für eine Unterschrift; bitte mit Ihrem Namen unterschreiben.</translation>
        </message>
        <message>
            <source>That recovery code is not valid; check the owner's printed code and type it again.</source>
            <translation>Dieser Wiederherstellungscode ist ungültig; bitte den ausgedruckten Code der Inhaberin / des Inhabers prüfen und erneut eintippen.</translation>
        </message>
        <message>
            <source>The amount must be a whole number of cents.</source>
            <translation>Der Betrag muss eine ganze Zahl von Cent sein.</translation>
        </message>
        <message>
            <source>The amount must be more than 0 €.</source>
            <translation>Der Betrag muss größer als 0 € sein.</translation>
        </message>
        <message>
            <source>the amount of a discount or refund</source>
            <translation>der Betrag eines Nachlasses oder einer Erstattung</translation>
        </message>
        <message>
            <source>the answer to its complaint cannot be written again (the customer's data is erased)</source>
            <translation>die Antwort auf seine Reklamation kann nicht noch einmal geschrieben werden (die Daten des Kunden sind gelöscht)</translation>
        </message>
        <message>
            <source>The approved proof has no side {n}.</source>
            <translation>Der freigegebene Proof hat keine Seite {n}.</translation>
        </message>
        <message>
            <source>the approved version</source>
            <translation>die freigegebene Version</translation>
        </message>
        <message>
            <source>The artwork of {number} changed after version {version} was made; make a new proof version and show that one to the customer.</source>
            <translation>Die Druckdaten von {number} haben sich nach Version {version} geändert; bitte eine neue Proof-Version erstellen und diese dem Kunden zeigen.</translation>
        </message>
        <message>
            <source>The artwork of {number} is frozen since the customer approved it; the owner first voids the approval, with a reason.</source>
            <translation>Die Druckdaten von {number} sind seit der Druckfreigabe gesperrt; zuerst hebt die Inhaberin / der Inhaber die Freigabe mit Begründung auf.</translation>
        </message>
        <message>
            <source>The audit chain before event {seq} was altered.</source>
            <translation>Die Prüfkette vor Ereignis {seq} wurde verändert.</translation>
        </message>
        <message>
            <source>The audit chain no longer reaches event {seq}, its head when the copy was made: events were deleted.</source>
            <translation>Die Prüfkette reicht nicht mehr bis Ereignis {seq}, ihrem Stand beim Erstellen der Kopie: Ereignisse wurden gelöscht.</translation>
        </message>
        <message>
            <source>The backup does not verify; the store itself has altered items. Run verify.</source>
            <translation>Die Sicherung lässt sich nicht bestätigen; die Datenbank selbst enthält veränderte Einträge. Bitte „Prüfen“ ausführen.</translation>
        </message>
        <message>
            <source>the backup “{name}” cannot be read</source>
            <translation>die Sicherung „{name}“ lässt sich nicht lesen</translation>
        </message>
        <message>
            <source>The backup “{name}” does not verify ({what}); nothing was replaced.</source>
            <translation>Die Sicherung „{name}“ lässt sich nicht bestätigen ({what}); nichts wurde ersetzt.</translation>
        </message>
        <message>
            <source>The backup “{name}” is another shop's store (“{shop}”), not this one's; nothing was replaced. Restore it only on purpose (--other-shop).</source>
            <translation>Die Sicherung „{name}“ ist die Datenbank einer anderen Druckerei („{shop}“), nicht dieser; nichts wurde ersetzt. Nur mit Absicht wiederherstellen (--other-shop).</translation>
        </message>
        <message>
            <source>The backup “{name}” is damaged or cut short, so nothing was replaced; use another backup.</source>
            <translation>Die Sicherung „{name}“ ist beschädigt oder unvollständig, daher wurde nichts ersetzt; bitte eine andere Sicherung verwenden.</translation>
        </message>
        <message>
            <source>the case number</source>
            <translation>die Fallnummer</translation>
        </message>
        <message>
            <source>the chain should have {length} events but ends at {last}</source>
            <translation>die Kette sollte {length} Ereignisse haben, endet aber bei {last}</translation>
        </message>
        <message>
            <source>The code from the e-mail</source>
            <translation>Der Code aus der E-Mail</translation>
        </message>
        <message>
            <source>The code has expired; please ask for a new one.</source>
            <translation>Der Code ist abgelaufen; bitte fordern Sie einen neuen an.</translation>
        </message>
        <message>
            <source>The code names order {number}, but its fingerprint matches nothing PrintProof recorded for that order; the paper is not from this shop's store, so type the order number to look the order up.</source>
            <translation>Der Code nennt Auftrag {number}, aber sein Fingerabdruck passt zu nichts, was PrintProof zu diesem Auftrag gespeichert hat; das Papier stammt nicht aus dieser Datenbank, also bitte die Auftragsnummer eintippen, um den Auftrag aufzurufen.</translation>
        </message>
        <message>
            <source>The code names order {number}, but no approval of it has this record hash.</source>
            <translation>Der Code nennt Auftrag {number}, aber keine seiner Freigaben hat diesen Datensatz-Hash.</translation>
        </message>
        <message>
            <source>The code names order {number}, but no proof of it has this fingerprint.</source>
            <translation>Der Code nennt Auftrag {number}, aber kein Proof dieses Auftrags hat diesen Fingerabdruck.</translation>
        </message>
        <message>
            <source>The code was entered wrongly too often; please ask for a new one.</source>
            <translation>Der Code wurde zu oft falsch eingegeben; bitte fordern Sie einen neuen an.</translation>
        </message>
        <message>
            <source>The colours are simulated as the shop's press prints them; every screen shows them a little differently. Colours outside what the press can print are named in the findings.</source>
            <translation>Die Farben sind so simuliert, wie die Druckmaschine der Druckerei sie druckt; jeder Bildschirm zeigt sie etwas anders. Farben, die die Maschine nicht drucken kann, nennen die Hinweise.</translation>
        </message>
        <message>
            <source>The colours say nothing is printed on the front (0/…); write e.g. 4/0.</source>
            <translation>Laut Farbangabe wird die Vorderseite nicht bedruckt (0/…); bitte z. B. 4/0 angeben.</translation>
        </message>
        <message>
            <source>The colours “{text}” are not understood; write front/back inks, e.g. 4/4 or 4/0.</source>
            <translation>Die Farbangabe „{text}“ ist unklar; bitte Vorder-/Rückseite angeben, z. B. 4/4 oder 4/0.</translation>
        </message>
        <message>
            <source>The complaint about {number} was decided as “{outcome}”; a new proof version follows only a decision “new proof”.</source>
            <translation>Die Reklamation zu {number} wurde als „{outcome}“ entschieden; eine neue Proof-Version folgt nur auf die Entscheidung „neuer Proof“.</translation>
        </message>
        <message>
            <source>The complaint about {number} was decided as “{outcome}”; only a reprint goes back into production.</source>
            <translation>Die Reklamation zu {number} wurde als „{outcome}“ entschieden; nur ein Nachdruck geht zurück in Produktion.</translation>
        </message>
        <message>
            <source>The complaint about {number} was decided as “{outcome}”; the artwork changes only after a decision “new proof”.</source>
            <translation>Die Reklamation zu {number} wurde als „{outcome}“ entschieden; die Druckdaten ändern sich nur nach der Entscheidung „neuer Proof“.</translation>
        </message>
        <message>
            <source>The complaint about {number} was decided as “{outcome}”; the order is handed over once that is done.</source>
            <translation>Die Reklamation zu {number} wurde als „{outcome}“ entschieden; übergeben wird, wenn das erledigt ist.</translation>
        </message>
        <message>
            <source>The complaint about {number} was decided as “{outcome}”; the specification changes only after a decision “new proof”.</source>
            <translation>Die Reklamation zu {number} wurde als „{outcome}“ entschieden; die Auftragsdaten ändern sich nur nach einer Entscheidung „neuer Proof“.</translation>
        </message>
        <message>
            <source>The complaint link is not readable.</source>
            <translation>Der Reklamationslink ist nicht lesbar.</translation>
        </message>
        <message>
            <source>the complaint's photos are erased</source>
            <translation>die Fotos der Reklamation sind gelöscht</translation>
        </message>
        <message>
            <source>the customer asked for changes</source>
            <translation>der Kunde hat Änderungen gewünscht</translation>
        </message>
        <message>
            <source>The customer declined the proof.</source>
            <translation>Der Kunde hat den Korrekturabzug abgelehnt.</translation>
        </message>
        <message>
            <source>The customer has already decided; pull the decision.</source>
            <translation>Der Kunde hat bereits entschieden; bitte die Entscheidung abholen.</translation>
        </message>
        <message>
            <source>The customer of {number} has no e-mail address in the directory.</source>
            <translation>Der Kunde von {number} hat in der Kundenliste keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>the customer's e-mail</source>
            <translation>die E-Mail des Kunden</translation>
        </message>
        <message>
            <source>the customer's name</source>
            <translation>der Name des Kunden</translation>
        </message>
        <message>
            <source>the customer's name or words were changed after it was signed</source>
            <translation>Name oder Worte des Kunden wurden nach der Unterschrift verändert</translation>
        </message>
        <message>
            <source>the database file is damaged; restore the newest backup that verifies</source>
            <translation>die Datenbankdatei ist beschädigt; bitte die neueste Sicherung wiederherstellen, die sich prüfen lässt</translation>
        </message>
        <message>
            <source>The database {location} refused the user name or password in the store address.</source>
            <translation>Die Datenbank {location} hat Benutzername oder Passwort in der Datenbank-Adresse abgelehnt.</translation>
        </message>
        <message>
            <source>The database {location} took too long to answer; nothing was saved. Please try again.</source>
            <translation>Die Datenbank {location} hat zu lange nicht geantwortet; nichts wurde gespeichert. Bitte noch einmal versuchen.</translation>
        </message>
        <message>
            <source>The details of customer {id} were erased; take the order for a new customer.</source>
            <translation>Die Daten von Kunde {id} wurden gelöscht; bitte den Auftrag für einen neuen Kunden aufnehmen.</translation>
        </message>
        <message>
            <source>The details of customer {id} were erased; there is nothing to merge.</source>
            <translation>Die Daten von Kunde {id} wurden gelöscht; es gibt nichts zusammenzuführen.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Der Datenträger ist voll: Nichts wurde gespeichert. Bitte Platz schaffen und erneut versuchen.</translation>
        </message>
        <message>
            <source>The disk is full; “{name}” was not written.</source>
            <translation>Der Datenträger ist voll; „{name}“ wurde nicht geschrieben.</translation>
        </message>
        <message>
            <source>The e-mail names no order of this shop, and its sender {sender} has none delivered.</source>
            <translation>Die E-Mail nennt keinen Auftrag dieser Druckerei, und ihr Absender {sender} hat keinen ausgelieferten.</translation>
        </message>
        <message>
            <source>The e-mail with the link could not be sent.</source>
            <translation>Die E-Mail mit dem Link konnte nicht gesendet werden.</translation>
        </message>
        <message>
            <source>The file was not changed since it was signed, but by {signer}, a key this shop does not know.</source>
            <translation>Die Datei wurde seit der Signatur nicht verändert, aber signiert hat {signer} – ein Schlüssel, den diese Druckerei nicht kennt.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist: check the store's path.</source>
            <translation>Den Ordner „{folder}“ gibt es nicht: bitte den Pfad der Datenbank prüfen.</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>Der Ordner „{parent}“ existiert nicht.</translation>
        </message>
        <message>
            <source>The folder “{parent}” is on a read-only disk; choose another folder.</source>
            <translation>Der Ordner „{parent}“ liegt auf einem schreibgeschützten Datenträger; bitte einen anderen Ordner wählen.</translation>
        </message>
        <message>
            <source>The form has expired; please reload the page and try again.</source>
            <translation>Das Formular ist abgelaufen; bitte laden Sie die Seite neu und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>The form is too large.</source>
            <translation>Das Formular ist zu groß.</translation>
        </message>
        <message>
            <source>The form was not sent by this page.</source>
            <translation>Das Formular kam nicht von dieser Seite.</translation>
        </message>
        <message>
            <source>The four corners do not enclose an area; mark the product's corners in order.</source>
            <translation>Die vier Ecken umschließen keine Fläche; bitte die Ecken des Produkts der Reihe nach markieren.</translation>
        </message>
        <message>
            <source>the greeting with the customer's name</source>
            <translation>die Anrede mit dem Namen des Kunden</translation>
        </message>
        <message>
            <source>The ink limit must be a whole number of per cent.</source>
            <translation>Die Farbauftragsgrenze muss eine ganze Prozentzahl sein.</translation>
        </message>
        <message>
            <source>The ink limit must be between 200 % and 400 %.</source>
            <translation>Die Farbauftragsgrenze muss zwischen 200 % und 400 % liegen.</translation>
        </message>
        <message>
            <source>the key of staff member {name} was changed outside PrintProof</source>
            <translation>der Schlüssel von {name} wurde außerhalb von PrintProof geändert</translation>
        </message>
        <message>
            <source>The key of {name} does not open with this PIN: it was changed outside PrintProof. The owner sets {name} a new PIN (an owner uses the recovery code).</source>
            <translation>Der Schlüssel von {name} lässt sich mit dieser PIN nicht öffnen: er wurde außerhalb von PrintProof geändert. Der Inhaber setzt {name} eine neue PIN (ein Inhaber nutzt den Wiederherstellungscode).</translation>
        </message>
        <message>
            <source>The language must be de or en.</source>
            <translation>Die Sprache muss de oder en sein.</translation>
        </message>
        <message>
            <source>The language “{language}” is not offered; choose de or en.</source>
            <translation>Die Sprache „{language}“ gibt es nicht; bitte de oder en wählen.</translation>
        </message>
        <message>
            <source>The letter has a brace that opens or closes no placeholder; write a brace as {{ or }}.</source>
            <translation>Das Schreiben enthält eine Klammer, die keinen Platzhalter öffnet oder schließt; eine Klammer schreiben Sie als {{ oder }}.</translation>
        </message>
        <message>
            <source>The letter must keep {placeholder}: {what}.</source>
            <translation>Das Schreiben muss {placeholder} behalten: {what}.</translation>
        </message>
        <message>
            <source>The letter names {placeholder}, which PrintProof does not know; the placeholders are: {known}.</source>
            <translation>Das Schreiben nennt {placeholder}; diesen Platzhalter kennt PrintProof nicht. Die Platzhalter sind: {known}.</translation>
        </message>
        <message>
            <source>The link has already ended; nothing was renewed.</source>
            <translation>Der Link ist bereits beendet; nichts wurde erneuert.</translation>
        </message>
        <message>
            <source>The link holds no complaint to pull.</source>
            <translation>Über den Link liegt keine Reklamation zum Abholen vor.</translation>
        </message>
        <message>
            <source>The mail server refused the address {to}.</source>
            <translation>Der Mailserver hat die Adresse {to} abgelehnt.</translation>
        </message>
        <message>
            <source>The mail server {host} did not accept the e-mail; nothing was sent.</source>
            <translation>Der Mailserver {host} hat die E-Mail nicht angenommen; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>The mail server {host} does not offer this security; check the security setting.</source>
            <translation>Der Mailserver {host} bietet diese Sicherheit nicht an; bitte die Einstellung zur Sicherheit prüfen.</translation>
        </message>
        <message>
            <source>The mail server {host} refused the user name or password.</source>
            <translation>Der Mailserver {host} hat Benutzername oder Passwort abgelehnt.</translation>
        </message>
        <message>
            <source>The mail server {host}:{port} cannot be reached; nothing was sent.</source>
            <translation>Der Mailserver {host}:{port} ist nicht erreichbar; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>the newest backups, “{name}” among them, were made while this store existed but hold another audit chain: they belong to another store, or this store's chain was rewritten from its start</source>
            <translation>die neuesten Sicherungen, darunter „{name}“, wurden angelegt, als es diese Datenbank schon gab, enthalten aber eine andere Prüfkette: Sie gehören zu einer anderen Datenbank, oder die Prüfkette dieser Datenbank wurde von Anfang an neu geschrieben</translation>
        </message>
        <message>
            <source>the order number</source>
            <translation>die Auftragsnummer</translation>
        </message>
        <message>
            <source>The orders {orders} must be kept until {date} ({law}); they cannot be erased before. Their data is restricted now: hidden from search and screens except for the owner, and erased when retention ends.</source>
            <translation>Die Aufträge {orders} müssen bis {date} aufbewahrt werden ({law}); vorher können sie nicht gelöscht werden. Ihre Daten sind ab jetzt gesperrt: in Suche und Anzeigen nur noch für die Inhaberin / den Inhaber sichtbar, und sie werden gelöscht, wenn die Aufbewahrungsfrist endet.</translation>
        </message>
        <message>
            <source>the owner's reason</source>
            <translation>die Begründung der Inhaberin / des Inhabers</translation>
        </message>
        <message>
            <source>The package has already expired.</source>
            <translation>Das Paket ist bereits abgelaufen.</translation>
        </message>
        <message>
            <source>The package has no decision to pull.</source>
            <translation>Das Paket hat keine Entscheidung zum Abholen.</translation>
        </message>
        <message>
            <source>The package has no e-mail address to send the code to.</source>
            <translation>Das Paket hat keine E-Mail-Adresse für den Code.</translation>
        </message>
        <message>
            <source>The package is not readable.</source>
            <translation>Das Paket ist nicht lesbar.</translation>
        </message>
        <message>
            <source>The package is too large for the portal.</source>
            <translation>Das Paket ist zu groß für das Portal.</translation>
        </message>
        <message>
            <source>The package must hold the proof and its pages.</source>
            <translation>Das Paket muss den Korrekturabzug und seine Seiten enthalten.</translation>
        </message>
        <message>
            <source>The package's checklist is not readable.</source>
            <translation>Die Checkliste des Pakets ist nicht lesbar.</translation>
        </message>
        <message>
            <source>The package's expiry is not a time.</source>
            <translation>Das Ablaufdatum des Pakets ist keine Zeitangabe.</translation>
        </message>
        <message>
            <source>The package's findings are not readable.</source>
            <translation>Die Hinweise des Pakets sind nicht lesbar.</translation>
        </message>
        <message>
            <source>The package's link is not a SHA-256 in hex.</source>
            <translation>Der Link des Pakets ist kein SHA-256 in Hex.</translation>
        </message>
        <message>
            <source>The package's pages are not readable.</source>
            <translation>Die Seiten des Pakets sind nicht lesbar.</translation>
        </message>
        <message>
            <source>The package's proof does not match its SHA-256.</source>
            <translation>Der Korrekturabzug des Pakets passt nicht zu seinem SHA-256.</translation>
        </message>
        <message>
            <source>The package's reference is not readable.</source>
            <translation>Die Referenz des Pakets ist nicht lesbar.</translation>
        </message>
        <message>
            <source>The package's terms are not readable.</source>
            <translation>Die Bedingungen des Pakets sind nicht lesbar.</translation>
        </message>
        <message>
            <source>The package's texts are missing.</source>
            <translation>Die Texte des Pakets fehlen.</translation>
        </message>
        <message>
            <source>The package's version is not a number.</source>
            <translation>Die Version des Pakets ist keine Zahl.</translation>
        </message>
        <message>
            <source>The package's {what} is not a SHA-256 in hex.</source>
            <translation>{what} des Pakets ist kein SHA-256 in Hex.</translation>
        </message>
        <message>
            <source>The password could not be kept on this computer ({folder}); nothing was saved.</source>
            <translation>Das Passwort konnte auf diesem Computer nicht gespeichert werden ({folder}); es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>the personal details of {kind} {id} were changed</source>
            <translation>die personenbezogenen Angaben von {kind} {id} wurden verändert</translation>
        </message>
        <message>
            <source>the personal details of {kind} {id} were deleted, but no sealed erasure names them</source>
            <translation>die personenbezogenen Angaben von {kind} {id} wurden gelöscht, aber keine versiegelte Löschung nennt sie</translation>
        </message>
        <message>
            <source>The photo “{name}” is damaged or incomplete and cannot be shown.</source>
            <translation>Das Foto „{name}“ ist beschädigt oder unvollständig und lässt sich nicht anzeigen.</translation>
        </message>
        <message>
            <source>The photo “{name}” is too large (at most 15 MB).</source>
            <translation>Das Foto „{name}“ ist zu groß (höchstens 15 MB).</translation>
        </message>
        <message>
            <source>The photos are too large together; please send fewer or smaller ones.</source>
            <translation>Die Fotos sind zusammen zu groß; bitte senden Sie weniger oder kleinere.</translation>
        </message>
        <message>
            <source>the PIN of staff member {name} was changed outside PrintProof</source>
            <translation>die PIN von {name} wurde außerhalb von PrintProof geändert</translation>
        </message>
        <message>
            <source>The PIN of {name} was changed just now; please sign in again.</source>
            <translation>Die PIN von {name} wurde gerade geändert; bitte melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>The PIN of {name} was changed outside PrintProof; the owner sets a new one (an owner uses the recovery code).</source>
            <translation>Die PIN von {name} wurde außerhalb von PrintProof geändert; die Inhaberin / der Inhaber setzt eine neue (als Inhaber/in mit dem Wiederherstellungscode).</translation>
        </message>
        <message>
            <source>The pins on the proof could not be read; please set them again.</source>
            <translation>Die Stecknadeln auf dem Korrekturabzug waren nicht lesbar; bitte setzen Sie sie neu.</translation>
        </message>
        <message>
            <source>The portal already holds this link.</source>
            <translation>Das Portal hat diesen Link schon.</translation>
        </message>
        <message>
            <source>The portal already holds this package.</source>
            <translation>Das Portal hat dieses Paket schon.</translation>
        </message>
        <message>
            <source>The portal cannot send e-mail yet; please tell the shop.</source>
            <translation>Das Portal kann noch keine E-Mails senden; bitte sagen Sie es der Druckerei.</translation>
        </message>
        <message>
            <source>The portal does not know this shop's key.</source>
            <translation>Das Portal kennt den Schlüssel dieser Druckerei nicht.</translation>
        </message>
        <message>
            <source>The portal does not know this shop's key; pair again (Settings → Portal).</source>
            <translation>Das Portal kennt den Schlüssel dieser Druckerei nicht; bitte neu verbinden (Einstellungen → Portal).</translation>
        </message>
        <message>
            <source>The portal holds no such complaint link.</source>
            <translation>Das Portal kennt diesen Reklamationslink nicht.</translation>
        </message>
        <message>
            <source>The portal holds no such package.</source>
            <translation>Das Portal hat kein solches Paket.</translation>
        </message>
        <message>
            <source>The portal holds no such photo.</source>
            <translation>Das Portal hat dieses Foto nicht.</translation>
        </message>
        <message>
            <source>The portal {url} cannot be reached.</source>
            <translation>Das Portal {url} ist nicht erreichbar.</translation>
        </message>
        <message>
            <source>The portal {url} has a problem (error {code}).</source>
            <translation>Das Portal {url} hat ein Problem (Fehler {code}).</translation>
        </message>
        <message>
            <source>The portal's address must begin with https:// (plain http only on this computer).</source>
            <translation>Die Adresse des Portals muss mit https:// beginnen (einfaches http nur auf diesem Computer).</translation>
        </message>
        <message>
            <source>The portal's address must begin with https://.</source>
            <translation>Die Adresse des Portals muss mit https:// beginnen.</translation>
        </message>
        <message>
            <source>The portal's clock differed from this workstation's by about {minutes} min.</source>
            <translation>Die Uhr des Portals wich um etwa {minutes} min von der dieses Arbeitsplatzes ab.</translation>
        </message>
        <message>
            <source>The portal's receipt does not match the link sent for {number}; nothing was recorded.</source>
            <translation>Die Quittung des Portals passt nicht zu dem Link, der für {number} gesendet wurde; nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>The portal's receipt names no decision; nothing was recorded.</source>
            <translation>Die Quittung des Portals nennt keine Entscheidung; nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>The portal's receipt names no kind of complaint; nothing was recorded.</source>
            <translation>Der Beleg des Portals nennt keine Art der Reklamation; nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>The portal's receipt of a complaint does not match the link of {number}; nothing was recorded.</source>
            <translation>Der Beleg des Portals zu einer Reklamation passt nicht zum Link von {number}; nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>The portal's receipt of this decision is not signed by the paired portal; nothing was recorded.</source>
            <translation>Die Quittung über diese Entscheidung ist nicht vom verbundenen Portal signiert; nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>the product</source>
            <translation>das Produkt</translation>
        </message>
        <message>
            <source>The proof has no serious finding “{key}”.</source>
            <translation>Der Proof hat keinen schwerwiegenden Befund „{key}“.</translation>
        </message>
        <message>
            <source>The proof, page by page</source>
            <translation>Der Korrekturabzug, Seite für Seite</translation>
        </message>
        <message>
            <source>the protection {name} of the {table} table is missing (dropped outside PrintProof)</source>
            <translation>der Schutz {name} der Tabelle {table} fehlt (außerhalb von PrintProof entfernt)</translation>
        </message>
        <message>
            <source>the protection {name} of the {table} table is switched off (outside PrintProof)</source>
            <translation>der Schutz {name} der Tabelle {table} ist abgeschaltet (außerhalb von PrintProof)</translation>
        </message>
        <message>
            <source>the protection {name} of the {table} table was altered outside PrintProof</source>
            <translation>der Schutz {name} der Tabelle {table} wurde außerhalb von PrintProof verändert</translation>
        </message>
        <message>
            <source>The quantity handed over is a whole number of at least 1.</source>
            <translation>Die übergebene Menge ist eine ganze Zahl, mindestens 1.</translation>
        </message>
        <message>
            <source>The quantity must be a whole number.</source>
            <translation>Die Auflage muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>the record is not in the audit chain</source>
            <translation>der Datensatz steht nicht in der Prüfkette</translation>
        </message>
        <message>
            <source>the record was changed after it was signed</source>
            <translation>der Datensatz wurde nach der Unterschrift verändert</translation>
        </message>
        <message>
            <source>The record {subject} is not sealed in the audit chain; run verify.</source>
            <translation>Der Datensatz {subject} ist nicht in der Prüfkette versiegelt; bitte die Datenbank prüfen.</translation>
        </message>
        <message>
            <source>the recovery code of {name} was changed outside PrintProof</source>
            <translation>der Wiederherstellungscode von {name} wurde außerhalb von PrintProof geändert</translation>
        </message>
        <message>
            <source>The rendering intent must be one of: {names}.</source>
            <translation>Der Rendering-Intent muss einer von diesen sein: {names}.</translation>
        </message>
        <message>
            <source>the replacement order's due date</source>
            <translation>der Liefertermin des Ersatzauftrags</translation>
        </message>
        <message>
            <source>the replacement order's number</source>
            <translation>die Nummer des Ersatzauftrags</translation>
        </message>
        <message>
            <source>The request for changes {id} has no item {item}.</source>
            <translation>Der Änderungswunsch {id} hat keinen Punkt {item}.</translation>
        </message>
        <message>
            <source>the restore of event {seq} is not confirmed yet: an owner of the restored shop signs in once</source>
            <translation>die Wiederherstellung in Ereignis {seq} ist noch nicht bestätigt: ein Inhaber des wiederhergestellten Betriebs meldet sich einmal an</translation>
        </message>
        <message>
            <source>the scanned, signed paper proof</source>
            <translation>den eingescannten, unterschriebenen Papier-Proof</translation>
        </message>
        <message>
            <source>the sentence about the attached approval certificate (only where it is attached)</source>
            <translation>der Satz zur beigefügten Freigabebestätigung (nur wo sie beiliegt)</translation>
        </message>
        <message>
            <source>The session could not be kept in {folder}; nothing was started.</source>
            <translation>Die Sitzung konnte nicht in {folder} abgelegt werden; es wurde keine begonnen.</translation>
        </message>
        <message>
            <source>The session had already ended.</source>
            <translation>Die Sitzung war bereits beendet.</translation>
        </message>
        <message>
            <source>The session has ended.</source>
            <translation>Die Sitzung ist beendet.</translation>
        </message>
        <message>
            <source>The session has ended: its person is no longer in this store. Please sign in again.</source>
            <translation>Die Sitzung ist beendet: Die Person der Sitzung ist nicht mehr in diesem Datenbestand. Bitte melden Sie sich neu an.</translation>
        </message>
        <message>
            <source>The session has ended; start a new one: printproof session start</source>
            <translation>Die Sitzung ist beendet; beginnen Sie eine neue: printproof session start</translation>
        </message>
        <message>
            <source>The session is {name}'s; give the PIN to act as someone else.</source>
            <translation>Die Sitzung gehört {name}; um als jemand anderes zu handeln, geben Sie die PIN an.</translation>
        </message>
        <message>
            <source>The session of {name} has ended: their record (PIN, key, role) changed since. Please sign in again.</source>
            <translation>Die Sitzung von {name} ist beendet: Ihr Eintrag (PIN, Schlüssel, Rolle) wurde seitdem geändert. Bitte melden Sie sich neu an.</translation>
        </message>
        <message>
            <source>The session's file {path} is not one PrintProof made; delete it yourself.</source>
            <translation>Die Sitzungsdatei {path} stammt nicht von PrintProof; bitte löschen Sie sie selbst.</translation>
        </message>
        <message>
            <source>the setting {key} was changed outside PrintProof</source>
            <translation>die Einstellung {key} wurde außerhalb von PrintProof geändert</translation>
        </message>
        <message>
            <source>The shop records your decision with the order and sends you the signed certificate by e-mail. This link is now used up.</source>
            <translation>Die Druckerei speichert Ihre Entscheidung beim Auftrag und schickt Ihnen die signierte Bestätigung per E-Mail. Dieser Link ist damit verbraucht.</translation>
        </message>
        <message>
            <source>the shop's name</source>
            <translation>der Name der Druckerei</translation>
        </message>
        <message>
            <source>The shop's sender address is missing (Settings → E-mail &amp; timestamp).</source>
            <translation>Die Absenderadresse des Betriebs fehlt (Einstellungen → E-Mail &amp; Zeitstempel).</translation>
        </message>
        <message>
            <source>the shop's signing certificate is not the one the audit chain sealed last (replaced outside PrintProof)</source>
            <translation>das Signaturzertifikat der Druckerei ist nicht das zuletzt in der Prüfkette versiegelte (außerhalb von PrintProof ersetzt)</translation>
        </message>
        <message>
            <source>The shop's signing key cannot be read.</source>
            <translation>Der Signaturschlüssel der Druckerei lässt sich nicht lesen.</translation>
        </message>
        <message>
            <source>The shop's signing key cannot be stored in “{folder}”: {error}.</source>
            <translation>Der Signaturschlüssel der Druckerei kann nicht in „{folder}“ gespeichert werden: {error}.</translation>
        </message>
        <message>
            <source>The shop's signing key is missing from “{folder}”. Restore that folder from a backup of this computer, or the owner makes a new key (printproof signing new-key); nothing was signed.</source>
            <translation>Der Signaturschlüssel der Druckerei fehlt in „{folder}“. Bitte den Ordner aus einer Sicherung dieses Computers wiederherstellen, oder die Inhaberin / der Inhaber erstellt einen neuen Schlüssel (printproof signing new-key); es wurde nichts signiert.</translation>
        </message>
        <message>
            <source>The side “{text}” is not understood; use front, back or a page number.</source>
            <translation>Die Seite „{text}“ ist unklar; bitte front, back oder eine Seitennummer angeben.</translation>
        </message>
        <message>
            <source>The signature could not be read; please sign again.</source>
            <translation>Die Unterschrift war nicht lesbar; bitte unterschreiben Sie noch einmal.</translation>
        </message>
        <message>
            <source>The signature does not hold: the file was changed after it was signed.</source>
            <translation>Die Signatur ist ungültig: Die Datei wurde nach dem Signieren verändert.</translation>
        </message>
        <message>
            <source>The signature holds: signed by {signer} with an earlier key of this shop (since replaced), not changed since.</source>
            <translation>Die Signatur ist gültig: signiert von {signer} mit einem früheren, inzwischen ersetzten Schlüssel dieser Druckerei, seitdem nicht verändert.</translation>
        </message>
        <message>
            <source>The signature holds: signed by {signer}, not changed since.</source>
            <translation>Die Signatur ist gültig: signiert von {signer}, seitdem unverändert.</translation>
        </message>
        <message>
            <source>The size “{text}” is not understood; write width × height in mm, e.g. 85x55.</source>
            <translation>Das Format „{text}“ ist unklar; bitte Breite × Höhe in mm angeben, z. B. 85x55.</translation>
        </message>
        <message>
            <source>The specification of {number} changed after version {version} was made; make a new proof version and show that one to the customer.</source>
            <translation>Die Auftragsdaten von {number} wurden geändert, nachdem Version {version} erstellt wurde; bitte eine neue Proof-Version erstellen und diese dem Kunden zeigen.</translation>
        </message>
        <message>
            <source>The specification of {number} is frozen since the customer approved it; a change needs a new proof, so the owner first voids the approval, with a reason.</source>
            <translation>Die Auftragsdaten von {number} sind seit der Druckfreigabe gesperrt; eine Änderung braucht einen neuen Proof, daher widerruft die Inhaberin / der Inhaber zuerst die Freigabe, mit Begründung.</translation>
        </message>
        <message>
            <source>The staff record of {name} was changed outside PrintProof (the owner's verify names it); nothing was changed.</source>
            <translation>Der Eintrag von {name} wurde außerhalb von PrintProof geändert (die Prüfung des Inhabers nennt es); es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>the store still holds this record and the audit chain as the copy shows them</source>
            <translation>die Datenbank enthält diesen Datensatz und die Prüfkette noch so, wie die Kopie sie zeigt</translation>
        </message>
        <message>
            <source>The store “{location}” is read-only: nothing was saved.</source>
            <translation>Die Datenbank „{location}“ ist schreibgeschützt: Nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>The store “{path}” is in a folder this user may not write to (or on a read-only disk); allow writing there or move the store.</source>
            <translation>Die Datenbank „{path}“ liegt in einem Ordner, in den dieser Benutzer nicht schreiben darf (oder auf einem schreibgeschützten Datenträger); bitte Schreibrechte geben oder die Datenbank verschieben.</translation>
        </message>
        <message>
            <source>The stored marks cannot be read; run verify.</source>
            <translation>Die gespeicherten Markierungen lassen sich nicht lesen; bitte die Prüfung (verify) ausführen.</translation>
        </message>
        <message>
            <source>The timestamp authority {url} cannot be reached; the timestamp is queued.</source>
            <translation>Der Zeitstempeldienst {url} ist nicht erreichbar; der Zeitstempel wird nachgeholt.</translation>
        </message>
        <message>
            <source>The timestamp authority {url} did not give a valid timestamp.</source>
            <translation>Der Zeitstempeldienst {url} hat keinen gültigen Zeitstempel geliefert.</translation>
        </message>
        <message>
            <source>The timestamp authority {url} refused the user name or password.</source>
            <translation>Der Zeitstempeldienst {url} hat Benutzername oder Passwort abgelehnt.</translation>
        </message>
        <message>
            <source>The timestamp authority's address must start with http:// or https://.</source>
            <translation>Die Adresse des Zeitstempeldienstes muss mit http:// oder https:// beginnen.</translation>
        </message>
        <message>
            <source>The timestamp authority's certificate must be in PEM form (-----BEGIN …).</source>
            <translation>Das Zertifikat des Zeitstempeldienstes muss im PEM-Format vorliegen (-----BEGIN …).</translation>
        </message>
        <message>
            <source>the timestamp of event {seq} ({when}) does not hold</source>
            <translation>der Zeitstempel von Ereignis {seq} ({when}) ist nicht gültig</translation>
        </message>
        <message>
            <source>the timestamp of event {seq} ({when}) is not from the configured authority</source>
            <translation>der Zeitstempel von Ereignis {seq} ({when}) stammt nicht vom eingerichteten Zeitstempeldienst</translation>
        </message>
        <message>
            <source>The timestamp on its receipt does not verify (the receipt's signature does).</source>
            <translation>Der Zeitstempel auf ihrer Quittung lässt sich nicht prüfen (die Signatur der Quittung schon).</translation>
        </message>
        <message>
            <source>the timestamp recorded in event {seq} is missing from the store</source>
            <translation>der in Ereignis {seq} vermerkte Zeitstempel fehlt in der Datenbank</translation>
        </message>
        <message>
            <source>The {kind} this copy shows ({subject}) is no longer in the store: it was deleted.</source>
            <translation>Der Datensatz „{kind}“ dieser Kopie ({subject}) ist nicht mehr in der Datenbank: Er wurde gelöscht.</translation>
        </message>
        <message>
            <source>The {kind} this copy shows ({subject}) was changed after the copy was made.</source>
            <translation>Der Datensatz „{kind}“ dieser Kopie ({subject}) wurde nach dem Erstellen der Kopie geändert.</translation>
        </message>
        <message>
            <source>The {name} of {value} mm is not a print size; it must be between {low} and {high} mm.</source>
            <translation>Eine {name} von {value} mm ist kein Druckformat; erlaubt sind {low} bis {high} mm.</translation>
        </message>
        <message>
            <source>The {what} contains an invisible control character; please type it again.</source>
            <translation>{what}: enthält ein unsichtbares Steuerzeichen; bitte neu eintippen.</translation>
        </message>
        <message>
            <source>The {what} is either on or off; “{value}” is not possible.</source>
            <translation>„{what}“ ist entweder ein oder aus; „{value}“ ist nicht möglich.</translation>
        </message>
        <message>
            <source>The {what} is empty; please fill it in.</source>
            <translation>{what}: Das Feld ist leer; bitte ausfüllen.</translation>
        </message>
        <message>
            <source>The {what} is too long ({length} characters; at most {max_len}).</source>
            <translation>{what}: zu lang ({length} Zeichen; höchstens {max_len}).</translation>
        </message>
        <message>
            <source>The {what} must be a whole number from {low} to {high}; “{value}” is not possible.</source>
            <translation>„{what}“ muss eine ganze Zahl von {low} bis {high} sein; „{value}“ ist nicht möglich.</translation>
        </message>
        <message>
            <source>The {what} must be one of: {choices}; “{value}” is not possible.</source>
            <translation>„{what}“ muss eines davon sein: {choices}; „{value}“ ist nicht möglich.</translation>
        </message>
        <message>
            <source>There is already a staff member called “{name}”.</source>
            <translation>Es gibt schon eine Person namens „{name}“.</translation>
        </message>
        <message>
            <source>There is no approval {approval_id}.</source>
            <translation>Es gibt keine Freigabe {approval_id}.</translation>
        </message>
        <message>
            <source>There is no complaint photo {id}.</source>
            <translation>Es gibt kein Reklamationsfoto {id}.</translation>
        </message>
        <message>
            <source>There is no complaint {dispute_id}.</source>
            <translation>Es gibt keine Reklamation {dispute_id}.</translation>
        </message>
        <message>
            <source>There is no customer {customer}.</source>
            <translation>Es gibt keinen Kunden {customer}.</translation>
        </message>
        <message>
            <source>There is no customer {id} in the directory.</source>
            <translation>In der Kundenliste gibt es keinen Kunden {id}.</translation>
        </message>
        <message>
            <source>There is no decision {decision_id}.</source>
            <translation>Es gibt keine Entscheidung {decision_id}.</translation>
        </message>
        <message>
            <source>There is no order {number}.</source>
            <translation>Es gibt keinen Auftrag {number}.</translation>
        </message>
        <message>
            <source>There is no PrintProof store at “{path}”.</source>
            <translation>Unter „{path}“ gibt es keine PrintProof-Datenbank.</translation>
        </message>
        <message>
            <source>There is no record {subject} to make a copy of.</source>
            <translation>Es gibt keinen Datensatz {subject}, von dem eine Kopie erstellt werden könnte.</translation>
        </message>
        <message>
            <source>There is no request for changes {id}.</source>
            <translation>Es gibt keinen Änderungswunsch {id}.</translation>
        </message>
        <message>
            <source>There is no setting called “{key}”.</source>
            <translation>Es gibt keine Einstellung „{key}“.</translation>
        </message>
        <message>
            <source>There is no signature yet; please sign in the box.</source>
            <translation>Es fehlt noch die Unterschrift; bitte im Feld unterschreiben.</translation>
        </message>
        <message>
            <source>There is no staff member called “{name}”.</source>
            <translation>Es gibt keine Person namens „{name}“.</translation>
        </message>
        <message>
            <source>There is no such page.</source>
            <translation>Diese Seite gibt es nicht.</translation>
        </message>
        <message>
            <source>This approval is already void.</source>
            <translation>Diese Freigabe ist bereits widerrufen.</translation>
        </message>
        <message>
            <source>This complaint is already decided; open a new one if the customer comes back.</source>
            <translation>Diese Reklamation ist schon entschieden; kommt der Kunde wieder, bitte eine neue aufnehmen.</translation>
        </message>
        <message>
            <source>This computer has no folder of yours alone for a session; sign in with the PIN.</source>
            <translation>Dieser Computer hat keinen Ordner nur für Sie für eine Sitzung; melden Sie sich mit der PIN an.</translation>
        </message>
        <message>
            <source>This file matches nothing PrintProof stored; it is not from this shop or was altered.</source>
            <translation>Diese Datei passt zu nichts, was PrintProof gespeichert hat; sie stammt nicht aus diesem Betrieb oder wurde verändert.</translation>
        </message>
        <message>
            <source>This is not a PrintProof session (or it was changed); start one: printproof session start</source>
            <translation>Das ist keine PrintProof-Sitzung (oder sie wurde verändert); beginnen Sie eine: printproof session start</translation>
        </message>
        <message>
            <source>This is not an e-mail PrintProof can read (empty, or larger than 60 MB).</source>
            <translation>Das ist keine E-Mail, die PrintProof lesen kann (leer oder größer als 60 MB).</translation>
        </message>
        <message>
            <source>This is not an e-mail PrintProof can read.</source>
            <translation>Das ist keine E-Mail, die PrintProof lesen kann.</translation>
        </message>
        <message>
            <source>This is the approval portal of a print shop. Please open the link from the shop's e-mail.</source>
            <translation>Dies ist das Freigabeportal einer Druckerei. Bitte öffnen Sie den Link aus der E-Mail der Druckerei.</translation>
        </message>
        <message>
            <source>This is the code the customer complains with from their phone, not an order; the order's number is printed beside it on the copy.</source>
            <translation>Das ist der Code, mit dem der Kunde vom Handy aus reklamiert, kein Auftrag; die Auftragsnummer steht daneben auf der Kopie.</translation>
        </message>
        <message>
            <source>This link has expired. Please ask the shop for a new one.</source>
            <translation>Dieser Link ist abgelaufen. Bitte fragen Sie die Druckerei nach einem neuen.</translation>
        </message>
        <message>
            <source>This link is no longer valid. Please contact the shop.</source>
            <translation>Dieser Link ist nicht mehr gültig. Bitte wenden Sie sich an die Druckerei.</translation>
        </message>
        <message>
            <source>This link is not known. Please check it, or ask the shop.</source>
            <translation>Dieser Link ist nicht bekannt. Bitte prüfen Sie ihn oder fragen Sie die Druckerei.</translation>
        </message>
        <message>
            <source>This link is not valid. Please use the link in the shop's latest e-mail.</source>
            <translation>Dieser Link ist nicht gültig. Bitte verwenden Sie den Link aus der neuesten E-Mail der Druckerei.</translation>
        </message>
        <message>
            <source>This order has no approved proof to compare the photo with.</source>
            <translation>Dieser Auftrag hat keinen freigegebenen Proof, mit dem das Foto verglichen werden kann.</translation>
        </message>
        <message>
            <source>This PDF names order {number}, which this store does not have.</source>
            <translation>Dieses PDF nennt Auftrag {number}, den diese Datenbank nicht kennt.</translation>
        </message>
        <message>
            <source>This PDF says it is proof version {version} of order {number}, but its bytes match no proof PrintProof stored: it was altered or is not from this shop.</source>
            <translation>Dieses PDF gibt sich als Proof-Version {version} von Auftrag {number} aus, aber seine Bytes passen zu keinem gespeicherten Proof: Es wurde verändert oder stammt nicht aus diesem Betrieb.</translation>
        </message>
        <message>
            <source>This recovery code no longer sets a PIN: it was made before {owner}'s current key. It still lifts a lock-out (leave the new PIN empty); another owner sets the PIN, then {owner} makes a new code.</source>
            <translation>Dieser Wiederherstellungscode setzt keine PIN mehr: er stammt aus der Zeit vor dem jetzigen Schlüssel von {owner}. Eine Sperre hebt er weiterhin auf (neue PIN leer lassen); ein anderer Inhaber setzt die PIN, danach erstellt {owner} einen neuen Code.</translation>
        </message>
        <message>
            <source>This session was started for another store; start one for this store.</source>
            <translation>Diese Sitzung wurde für einen anderen Datenbestand begonnen; beginnen Sie eine für diesen.</translation>
        </message>
        <message>
            <source>This store already has a shop; the demo fills only an empty store.</source>
            <translation>Diese Datenbank hat schon eine Druckerei; die Demo füllt nur eine leere Datenbank.</translation>
        </message>
        <message>
            <source>This store is already set up; sign in as the owner to change the shop.</source>
            <translation>Diese Datenbank ist schon eingerichtet; Änderungen bitte als Inhaber/in angemeldet vornehmen.</translation>
        </message>
        <message>
            <source>This store was written by a newer PrintProof (schema {version}); this version understands schema {current}. Please update PrintProof on this workstation.</source>
            <translation>Diese Datenbank stammt von einem neueren PrintProof (Schema {version}); diese Version kennt Schema {current}. Bitte PrintProof an diesem Arbeitsplatz aktualisieren.</translation>
        </message>
        <message>
            <source>This very file was erased from the shop's store with an earlier order, and erased files are never stored again; save or export it anew (a new copy) and add that.</source>
            <translation>Genau diese Datei wurde mit einem früheren Auftrag aus dem Speicher der Druckerei gelöscht, und gelöschte Dateien werden nie wieder gespeichert; speichern oder exportieren Sie sie neu (eine neue Kopie) und fügen Sie diese hinzu.</translation>
        </message>
        <message>
            <source>This workstation has no signing key the owner has confirmed yet: the owner signs in here once; nothing was signed.</source>
            <translation>Dieser Arbeitsplatz hat noch keinen vom Inhaber bestätigten Signaturschlüssel: der Inhaber meldet sich hier einmal an; es wurde nichts signiert.</translation>
        </message>
        <message>
            <source>this workstation saw event {seq} of the audit chain on {when} with another hash: the chain was rewritten</source>
            <translation>dieser Arbeitsplatz hat Ereignis {seq} der Prüfkette am {when} mit einem anderen Hash gesehen: die Kette wurde neu geschrieben</translation>
        </message>
        <message>
            <source>this workstation saw the audit chain reach event {seq} on {when}; the store now ends at event {now}: events were removed, or the store was put back to an older copy</source>
            <translation>dieser Arbeitsplatz hat die Prüfkette am {when} bis Ereignis {seq} gesehen; der Datenbestand endet jetzt bei Ereignis {now}: Ereignisse wurden entfernt oder der Datenbestand auf eine ältere Kopie zurückgesetzt</translation>
        </message>
        <message>
            <source>Thuringia</source>
            <translation>Thüringen</translation>
        </message>
        <message>
            <source>tick off a change</source>
            <translation>eine Änderung abzuhaken</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Zeit (UTC)</translation>
        </message>
        <message>
            <source>timestamp</source>
            <translation>Zeitstempel</translation>
        </message>
        <message>
            <source>Timestamp authority</source>
            <translation>Zeitstempeldienst</translation>
        </message>
        <message>
            <source>timestamp authority's address</source>
            <translation>Adresse des Zeitstempeldienstes</translation>
        </message>
        <message>
            <source>timestamp authority's CA certificate</source>
            <translation>CA-Zertifikat des Zeitstempeldienstes</translation>
        </message>
        <message>
            <source>timestamp authority's password</source>
            <translation>Passwort für den Zeitstempeldienst</translation>
        </message>
        <message>
            <source>timestamp authority's user name</source>
            <translation>Benutzername für den Zeitstempeldienst</translation>
        </message>
        <message>
            <source>Timestamped by the authority at {when}.</source>
            <translation>Vom Zeitstempeldienst gestempelt am {when}.</translation>
        </message>
        <message>
            <source>Too many codes were asked for with this link; please ask the shop for a new link.</source>
            <translation>Mit diesem Link wurden zu viele Codes angefordert; bitte fragen Sie die Druckerei nach einem neuen Link.</translation>
        </message>
        <message>
            <source>Too many codes were sent to this address in the last hour; please try again later.</source>
            <translation>An diese Adresse wurden in der letzten Stunde zu viele Codes gesendet; bitte versuchen Sie es später noch einmal.</translation>
        </message>
        <message>
            <source>Total ink limit</source>
            <translation>Gesamtfarbauftrag höchstens</translation>
        </message>
        <message>
            <source>total ink limit (%)</source>
            <translation>Gesamtfarbauftrag (%)</translation>
        </message>
        <message>
            <source>Type or scan an order number.</source>
            <translation>Bitte eine Auftragsnummer eintippen oder scannen.</translation>
        </message>
        <message>
            <source>Unknown checklist item {item}.</source>
            <translation>Unbekannter Punkt der Checkliste: {item}.</translation>
        </message>
        <message>
            <source>unknown or altered: the bytes match no proof PrintProof stored</source>
            <translation>unbekannt oder verändert: Die Bytes passen zu keinem gespeicherten Proof</translation>
        </message>
        <message>
            <source>Unknown reason for an erasure: {basis}.</source>
            <translation>Unbekannter Grund für eine Löschung: {basis}.</translation>
        </message>
        <message>
            <source>Unknown way of handing over: {channel}.</source>
            <translation>Unbekannter Weg der Übergabe: {channel}.</translation>
        </message>
        <message>
            <source>unknown: not made by this shop's PrintProof</source>
            <translation>unbekannt: nicht von PrintProof dieses Betriebs erstellt</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>validity of a link</source>
            <translation>Gültigkeit eines Links</translation>
        </message>
        <message>
            <source>verify the whole store</source>
            <translation>die ganze Datenbank prüfen</translation>
        </message>
        <message>
            <source>Version {version} is not the latest proof; the customer must see version {newest}.</source>
            <translation>Version {version} ist nicht der neueste Proof; der Kunde muss Version {newest} sehen.</translation>
        </message>
        <message>
            <source>Version {version} of {number} was already approved by {name} at {time} UTC; nothing was recorded twice.</source>
            <translation>Version {version} von {number} wurde bereits um {time} UTC von {name} freigegeben; nichts wurde doppelt gespeichert.</translation>
        </message>
        <message>
            <source>Version {version}, {date}, {pages} pages</source>
            <translation>Version {version}, {date}, {pages} Seiten</translation>
        </message>
        <message>
            <source>void an approval</source>
            <translation>eine Freigabe zu widerrufen</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Watermark</source>
            <translation>Wasserzeichen</translation>
        </message>
        <message>
            <source>watermark text</source>
            <translation>Wasserzeichen-Text</translation>
        </message>
        <message>
            <source>what happens next: the reprint, the discount or refund with its amount, the new proof</source>
            <translation>wie es weitergeht: der Nachdruck, der Nachlass oder die Erstattung mit Betrag, der neue Korrekturabzug</translation>
        </message>
        <message>
            <source>What is it about?</source>
            <translation>Worum geht es?</translation>
        </message>
        <message>
            <source>What is wrong – in your words</source>
            <translation>Was ist nicht in Ordnung – in Ihren Worten</translation>
        </message>
        <message>
            <source>what the decision rests on: the approval, the ticked points, the acknowledged findings, the terms, the colours and the hand-over where the delivery matches; the apology where it does not</source>
            <translation>worauf die Entscheidung beruht: die Freigabe, die abgehakten Punkte, die bestätigten Hinweise, die Bedingungen, die Farben und die Übergabe, wo die Lieferung der Freigabe entspricht; die Entschuldigung, wo nicht</translation>
        </message>
        <message>
            <source>What {shop} stores about this customer (GDPR Art. 15), as of {date}. The same data is in data.json in this ZIP file, and every file in the folder files/.</source>
            <translation>Was {shop} über diesen Kunden gespeichert hat (Art. 15 DSGVO), Stand {date}. Dieselben Daten stehen maschinenlesbar in data.json in dieser ZIP-Datei, jede Datei im Ordner files/.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Why you decline (only when you decline)</source>
            <translation>Warum Sie ablehnen (nur beim Ablehnen)</translation>
        </message>
        <message>
            <source>width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <source>Window size and place</source>
            <translation>Fenstergröße und -position</translation>
        </message>
        <message>
            <source>window size and place</source>
            <translation>Fenstergröße und -position</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>Werktagen</translation>
        </message>
        <message>
            <source>working days to answer a complaint</source>
            <translation>Werktage bis zur Antwort auf eine Reklamation</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Write a note of the phone call: who said what, when.</source>
            <translation>Bitte das Telefonat notieren: wer hat wann was gesagt.</translation>
        </message>
        <message>
            <source>Write down the changes the customer asks for, or set a numbered pin with a text.</source>
            <translation>Bitte die Änderungswünsche des Kunden aufschreiben oder eine nummerierte Nadel mit Text setzen.</translation>
        </message>
        <message>
            <source>write the answer to a complaint</source>
            <translation>die Antwort auf eine Reklamation schreiben</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Falsche PIN.</translation>
        </message>
        <message>
            <source>Wrong PIN; 1 try left before a {seconds}-second lock.</source>
            <translation>Falsche PIN; noch 1 Versuch, dann {seconds} Sekunden Sperre.</translation>
        </message>
        <message>
            <source>Wrong PIN; {left} tries left before a {seconds}-second lock.</source>
            <translation>Falsche PIN; noch {left} Versuche, dann {seconds} Sekunden Sperre.</translation>
        </message>
        <message>
            <source>years</source>
            <translation>Jahre</translation>
        </message>
        <message>
            <source>yes: hidden from search and screens except for the owner (Art. 18)</source>
            <translation>ja: in Suche und Anzeigen nur für die Inhaberin / den Inhaber sichtbar (Art. 18 DSGVO)</translation>
        </message>
        <message>
            <source>Your code to open the proof is: {code}</source>
            <translation>Ihr Code zum Öffnen des Korrekturabzugs: {code}</translation>
        </message>
        <message>
            <source>Your code: {code} – proof from {shop}</source>
            <translation>Ihr Code: {code} – Korrekturabzug von {shop}</translation>
        </message>
        <message>
            <source>Your complaint has been received; the shop answers you. Please contact the shop for anything more.</source>
            <translation>Ihre Reklamation ist eingegangen; die Druckerei antwortet Ihnen. Für alles Weitere wenden Sie sich bitte an die Druckerei.</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Ihre Entscheidung</translation>
        </message>
        <message>
            <source>Your decision on this proof has been recorded. Thank you!</source>
            <translation>Ihre Entscheidung zu diesem Korrekturabzug ist gespeichert. Danke!</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Ihr vollständiger Name</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Your name (optional)</source>
            <translation>Ihr Name (freiwillig)</translation>
        </message>
        <message>
            <source>Your recovery code can no longer set a PIN (it was made before your current key); make a new one: printproof staff recovery-code</source>
            <translation>Ihr Wiederherstellungscode kann keine PIN mehr setzen (er stammt aus der Zeit vor Ihrem jetzigen Schlüssel); erstellen Sie einen neuen: printproof staff recovery-code</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Ihre Unterschrift</translation>
        </message>
        <message numerus="yes">
            <source>{count} customer</source>
            <extracomment>English plural: {count} customers</extracomment>
            <translation>
                <numerusform>{count} Kunde</numerusform>
                <numerusform>{count} Kunden</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} customers are named {name}; pick one by its number (printproof customer list --search “{name}”, then --customer-id).</source>
            <translation>{count} Kunden heißen {name}; bitte einen über seine Nummer wählen (printproof customer list --search „{name}“, dann --customer-id).</translation>
        </message>
        <message numerus="yes">
            <source>{count} order</source>
            <extracomment>English plural: {count} orders</extracomment>
            <translation>
                <numerusform>{count} Auftrag</numerusform>
                <numerusform>{count} Aufträge</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind} {id} does not match the hash sealed in the audit chain</source>
            <translation>{kind} {id} passt nicht zur in der Prüfkette versiegelten Prüfsumme</translation>
        </message>
        <message>
            <source>{kind} {id} had been changed before the store was upgraded to schema 5</source>
            <translation>{kind} {id} war schon vor der Umstellung der Datenbank auf Schema 5 verändert worden</translation>
        </message>
        <message>
            <source>{kind} {id} is not in the audit chain</source>
            <translation>{kind} {id} steht nicht in der Prüfkette</translation>
        </message>
        <message>
            <source>{kind} {id} was changed after it was recorded</source>
            <translation>{kind} {id} wurde nach dem Festhalten verändert</translation>
        </message>
        <message>
            <source>{name} already has this role.</source>
            <translation>{name} hat diese Rolle schon.</translation>
        </message>
        <message>
            <source>{name} cannot start a session: their key does not open.</source>
            <translation>{name} kann keine Sitzung beginnen: der Schlüssel lässt sich nicht öffnen.</translation>
        </message>
        <message>
            <source>{name} is already active.</source>
            <translation>{name} ist schon aktiv.</translation>
        </message>
        <message>
            <source>{name} is already inactive.</source>
            <translation>{name} ist schon deaktiviert.</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs; try again in {seconds} s, or ask the owner to reset the PIN.</source>
            <translation>{name} ist nach zu vielen falschen PINs gesperrt; bitte in {seconds} s erneut versuchen oder die PIN von der Inhaberin / dem Inhaber zurücksetzen lassen.</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs; try again in {seconds} s, or lift the lock with the owner's recovery code.</source>
            <translation>{name} ist nach zu vielen falschen PINs gesperrt; bitte in {seconds} s erneut versuchen oder die Sperre mit dem Wiederherstellungscode aufheben.</translation>
        </message>
        <message>
            <source>{name} is no longer active; the owner can make them active again.</source>
            <translation>{name} ist nicht mehr aktiv; die Inhaberin / der Inhaber kann das wieder ändern.</translation>
        </message>
        <message>
            <source>{name} is not in the audit chain: the staff record was added outside PrintProof.</source>
            <translation>{name} steht nicht in der Prüfkette: Der Eintrag wurde außerhalb von PrintProof angelegt.</translation>
        </message>
        <message>
            <source>{name} is the only owner; make someone else an owner first.</source>
            <translation>{name} ist die einzige Inhaberin / der einzige Inhaber; bitte zuerst jemand anderen zur Inhaberin / zum Inhaber machen.</translation>
        </message>
        <message>
            <source>{name} may no longer work here; please sign in again.</source>
            <translation>{name} darf hier nicht mehr arbeiten; bitte neu anmelden.</translation>
        </message>
        <message>
            <source>{name}'s PIN is too short for an owner; set a PIN of at least 6 digits or a passphrase first.</source>
            <translation>Die PIN von {name} ist für eine Inhaberin / einen Inhaber zu kurz; bitte zuerst eine PIN mit mindestens 6 Ziffern oder eine Passphrase setzen.</translation>
        </message>
        <message>
            <source>{name}'s PIN is too short for what only the owner may do; set a PIN of at least 6 digits or a passphrase first.</source>
            <translation>Die PIN von {name} ist zu kurz für das, was nur die Inhaberin / der Inhaber darf; bitte zuerst eine PIN mit mindestens 6 Ziffern oder eine Passphrase setzen.</translation>
        </message>
        <message>
            <source>{n} events differ from the backup “{name}”, the first is event {seq} ({kind})</source>
            <translation>{n} Ereignisse weichen von der Sicherung „{name}“ ab, das erste ist Ereignis {seq} ({kind})</translation>
        </message>
        <message>
            <source>{reason} The link is sent as soon as the portal answers.</source>
            <translation>{reason} Der Link wird gesendet, sobald das Portal antwortet.</translation>
        </message>
        <message>
            <source>{shop} asks you to check version {version} of the proof and to approve it or to ask for changes.</source>
            <translation>{shop} bittet Sie, Version {version} des Korrekturabzugs zu prüfen und freizugeben oder Änderungen anzufordern.</translation>
        </message>
        <message>
            <source>{shop} records your complaint with the order, with a case number, and answers you by the date it promises.</source>
            <translation>{shop} nimmt Ihre Reklamation mit einer Fallnummer zum Auftrag auf und antwortet Ihnen bis zum zugesagten Datum.</translation>
        </message>
        <message>
            <source>{url} does not answer as a PrintProof portal.</source>
            <translation>{url} antwortet nicht wie ein PrintProof-Freigabeportal.</translation>
        </message>
        <message>
            <source>{what} of an order this store does not have.</source>
            <translation>{what} eines Auftrags, den diese Datenbank nicht kennt.</translation>
        </message>
        <message>
            <source>{what} of order {number}, proof version {version}: {status}.</source>
            <translation>{what} von Auftrag {number}, Proof-Version {version}: {status}.</translation>
        </message>
        <message>
            <source>{what} of order {number}.</source>
            <translation>{what} von Auftrag {number}.</translation>
        </message>
        <message>
            <source>{words}

(sent by link by {name})</source>
            <translation>{words}

(per Link gesendet von {name})</translation>
        </message>
        <message>
            <source>“{address}” is not an e-mail address.</source>
            <translation>„{address}“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address.</source>
            <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>“{location}” is damaged or is not a PrintProof store.</source>
            <translation>„{location}“ ist beschädigt oder keine PrintProof-Datenbank.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: permission denied.</source>
            <translation>„{name}“ lässt sich nicht lesen: keine Berechtigung.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: the disk reports an error; copy the file to this computer first.</source>
            <translation>„{name}“ lässt sich nicht lesen: Der Datenträger meldet einen Fehler; bitte die Datei zuerst auf diesen Computer kopieren.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read; copy it to this computer and try again.</source>
            <translation>„{name}“ lässt sich nicht lesen; bitte auf diesen Computer kopieren und erneut versuchen.</translation>
        </message>
        <message>
            <source>“{name}” carries an oversized text or colour-profile block; open it in the design program and save or export it again (PDF or TIFF).</source>
            <translation>„{name}“ enthält einen übergroßen Text- oder Farbprofil-Block; bitte im Gestaltungsprogramm öffnen und neu speichern oder exportieren (PDF oder TIFF).</translation>
        </message>
        <message>
            <source>“{name}” claims an absurd number of pixels; it was refused as unsafe.</source>
            <translation>„{name}“ gibt eine unglaubwürdig hohe Pixelzahl an und wurde aus Sicherheitsgründen abgelehnt.</translation>
        </message>
        <message>
            <source>“{name}” contains JavaScript, which can change what a PDF shows; ask for the file saved without scripts (e.g. printed to a new PDF).</source>
            <translation>„{name}“ enthält JavaScript, das verändern kann, was ein PDF zeigt; bitte die Datei ohne Skripte speichern lassen (z. B. neu als PDF drucken).</translation>
        </message>
        <message>
            <source>“{name}” has a page with more than {mb} MB of drawing instructions; it cannot be checked. Ask for the PDF saved for print (flattened).</source>
            <translation>„{name}“ hat eine Seite mit mehr als {mb} MB Zeichenanweisungen; sie lässt sich nicht prüfen. Bitte um das PDF, für den Druck gespeichert (reduziert).</translation>
        </message>
        <message>
            <source>“{name}” has no pixels.</source>
            <translation>„{name}“ hat keine Pixel.</translation>
        </message>
        <message>
            <source>“{name}” has schema {version}, this PrintProof schema {current}; restore it to upgrade it.</source>
            <translation>„{name}“ hat Schema {version}, dieses PrintProof Schema {current}; beim Wiederherstellen wird sie angepasst.</translation>
        </message>
        <message>
            <source>“{name}” has too many pixels to be a photo.</source>
            <translation>„{name}“ hat zu viele Pixel für ein Foto.</translation>
        </message>
        <message>
            <source>“{name}” has {count} pages; at most 64 sides are accepted.</source>
            <translation>„{name}“ hat {count} Seiten; höchstens 64 sind möglich.</translation>
        </message>
        <message>
            <source>“{name}” has {frames} pages; at most 64 sides are accepted.</source>
            <translation>„{name}“ hat {frames} Seiten; höchstens 64 sind möglich.</translation>
        </message>
        <message>
            <source>“{name}” has {width} × {height} pixels ({mp:.0f} megapixels); at most {limit} megapixels are accepted.</source>
            <translation>„{name}“ hat {width} × {height} Pixel ({mp:.0f} Megapixel); höchstens {limit} Megapixel sind möglich.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged PDF and cannot be read.</source>
            <translation>„{name}“ ist ein beschädigtes PDF und lässt sich nicht lesen.</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <translation>„{name}“ ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>“{name}” is a link that points to itself; pick the file itself.</source>
            <translation>„{name}“ ist eine Verknüpfung, die auf sich selbst zeigt; bitte die Datei selbst wählen.</translation>
        </message>
        <message>
            <source>“{name}” is a PDF without pages.</source>
            <translation>„{name}“ ist ein PDF ohne Seiten.</translation>
        </message>
        <message>
            <source>“{name}” is a PDF; photos must be JPEG, PNG or TIFF.</source>
            <translation>„{name}“ ist ein PDF; Fotos bitte als JPEG, PNG oder TIFF.</translation>
        </message>
        <message>
            <source>“{name}” is an image type PrintProof does not take; save it as PDF, TIFF, PNG or JPEG.</source>
            <translation>„{name}“ hat ein Bildformat, das PrintProof nicht annimmt; bitte als PDF, TIFF, PNG oder JPEG speichern.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or truncated and cannot be read; ask the customer for the file again.</source>
            <translation>„{name}“ ist beschädigt oder unvollständig und lässt sich nicht lesen; bitte den Kunden um die Datei bitten.</translation>
        </message>
        <message>
            <source>“{name}” is damaged: it looks like {kind} but cannot be read.</source>
            <translation>„{name}“ ist beschädigt: Die Datei sieht aus wie {kind}, lässt sich aber nicht lesen.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes).</source>
            <translation>„{name}“ ist leer (0 Byte).</translation>
        </message>
        <message>
            <source>“{name}” is not a backup file.</source>
            <translation>„{name}“ ist keine Sicherungsdatei.</translation>
        </message>
        <message>
            <source>“{name}” is not a file but a device, pipe or socket; pick the file itself.</source>
            <translation>„{name}“ ist keine Datei, sondern ein Gerät, eine Pipe oder ein Socket; bitte die Datei selbst wählen.</translation>
        </message>
        <message>
            <source>“{name}” is not a photo this page takes (JPEG or PNG).</source>
            <translation>„{name}“ ist kein Foto, das diese Seite annimmt (JPEG oder PNG).</translation>
        </message>
        <message>
            <source>“{name}” is not a photo; PrintProof takes photos as JPEG, PNG or TIFF.</source>
            <translation>„{name}“ ist kein Foto; PrintProof nimmt Fotos als JPEG, PNG oder TIFF.</translation>
        </message>
        <message>
            <source>“{name}” is not a press profile: a printer's ICC profile for CMYK is needed (this one is for {space}).</source>
            <translation>„{name}“ ist kein Druckprofil: gebraucht wird ein ICC-Profil der Druckmaschine für CMYK (dieses ist für {space}).</translation>
        </message>
        <message>
            <source>“{name}” is not a PrintProof store; it was not changed.</source>
            <translation>„{name}“ ist keine PrintProof-Datenbank; sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>“{name}” is not an ICC colour profile.</source>
            <translation>„{name}“ ist kein ICC-Farbprofil.</translation>
        </message>
        <message>
            <source>“{name}” is not artwork: it is not a PDF, TIFF, PNG or JPEG file.</source>
            <translation>„{name}“ sind keine Druckdaten: weder PDF noch TIFF, PNG oder JPEG.</translation>
        </message>
        <message>
            <source>“{name}” is password-protected; ask the customer for an unprotected PDF.</source>
            <translation>„{name}“ ist passwortgeschützt; bitte den Kunden um ein ungeschütztes PDF bitten.</translation>
        </message>
        <message>
            <source>“{name}” is the very file that was erased from the shop's store with an earlier order, and erased files are never stored again; save or export it anew (a new copy) and add that.</source>
            <translation>„{name}“ ist genau die Datei, die mit einem früheren Auftrag aus dem Speicher der Druckerei gelöscht wurde, und gelöschte Dateien werden nie wieder gespeichert; speichern oder exportieren Sie sie neu (eine neue Kopie) und fügen Sie diese hinzu.</translation>
        </message>
        <message>
            <source>“{name}” is too large for a photo ({megabytes:.0f} MB).</source>
            <translation>„{name}“ ist für ein Foto zu groß ({megabytes:.0f} MB).</translation>
        </message>
        <message>
            <source>“{name}” is too large to be a PrintProof document.</source>
            <translation>„{name}“ ist zu groß für ein PrintProof-Dokument.</translation>
        </message>
        <message>
            <source>“{name}” is too large to open on this computer.</source>
            <translation>„{name}“ ist zu groß für diesen Computer.</translation>
        </message>
        <message>
            <source>“{name}” is {megabytes:.0f} MB; artwork files up to 500 MB are accepted.</source>
            <translation>„{name}“ hat {megabytes:.0f} MB; Druckdaten bis 500 MB werden angenommen.</translation>
        </message>
        <message>
            <source>“{name}” is {size} MB; files up to {limit} MB are accepted.</source>
            <translation>„{name}“ ist {size} MB groß; angenommen werden Dateien bis {limit} MB.</translation>
        </message>
        <message>
            <source>“{name}” would fill sides beyond page 64.</source>
            <translation>„{name}“ würde Seiten über Seite 64 hinaus belegen.</translation>
        </message>
        <message>
            <source>“{path}” could not be written; check the disk and try again.</source>
            <translation>„{path}“ konnte nicht geschrieben werden; bitte den Datenträger prüfen und erneut versuchen.</translation>
        </message>
        <message>
            <source>“{path}” does not exist.</source>
            <translation>„{path}“ existiert nicht.</translation>
        </message>
        <message>
            <source>“{path}” is a folder, not a PrintProof store file.</source>
            <translation>„{path}“ ist ein Ordner, keine PrintProof-Datenbank.</translation>
        </message>
        <message>
            <source>“{path}” is a folder; give a file name.</source>
            <translation>„{path}“ ist ein Ordner; bitte einen Dateinamen angeben.</translation>
        </message>
        <message>
            <source>“{path}” is damaged or is not a PrintProof store; it was not changed.</source>
            <translation>„{path}“ ist beschädigt oder keine PrintProof-Datenbank; sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>“{path}” is not a file but a device, pipe or socket; a store is a file.</source>
            <translation>„{path}“ ist keine Datei, sondern ein Gerät, eine Pipe oder ein Socket; ein Datenbestand ist eine Datei.</translation>
        </message>
        <message>
            <source>“{path}” is not a file but a device, pipe or socket; give another file name.</source>
            <translation>„{path}“ ist keine Datei, sondern ein Gerät, eine Pipe oder ein Socket; bitte einen anderen Dateinamen angeben.</translation>
        </message>
        <message>
            <source>“{path}” is not a PrintProof store; it was not changed.</source>
            <translation>„{path}“ ist keine PrintProof-Datenbank; sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number; use digits, spaces, + - / ( ).</source>
            <translation>„{phone}“ ist keine Telefonnummer; erlaubt sind Ziffern, Leerzeichen, + - / ( ).</translation>
        </message>
        <message>
            <source>“{text}” is no order number and no PrintProof code.</source>
            <translation>„{text}“ ist weder eine Auftragsnummer noch ein PrintProof-Code.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number</source>
            <translation>„{text}“ ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>“{text}” is not an amount in euros; type it like 12,50.</source>
            <translation>„{text}“ ist kein Betrag in Euro; bitte so eingeben: 12,50.</translation>
        </message>
        <message>
            <source>“{text}…” is far too large</source>
            <translation>„{text}…“ ist viel zu groß</translation>
        </message>
        <message>
            <source>“{value}” is not a language PrintProof speaks (de, en).</source>
            <translation>„{value}“ ist keine Sprache, die PrintProof spricht (de, en).</translation>
        </message>
        <message>
            <source>“{value}” is not a stored file.</source>
            <translation>„{value}“ ist keine gespeicherte Datei.</translation>
        </message>
        <message>
            <source>“{value}” is not an e-mail address.</source>
            <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>A verified copy of everything into the backup folder</source>
            <translation>Eine geprüfte Kopie von allem in den Sicherungsordner</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add a staff member</source>
            <translation>Mitarbeiter/in hinzufügen</translation>
        </message>
        <message>
            <source>Adding {name}: the PIN is being secured (a few seconds)…</source>
            <translation>{name} wird angelegt: die PIN wird gesichert (einige Sekunden)…</translation>
        </message>
        <message>
            <source>Altered items found:</source>
            <translation>Veränderte Einträge gefunden:</translation>
        </message>
        <message>
            <source>Answer letters</source>
            <translation>Antwortschreiben</translation>
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation>Sichere und prüfe die Kopie…</translation>
        </message>
        <message>
            <source>Backup and checks</source>
            <translation>Sicherung &amp;&amp; Prüfung</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <source>Backup written and verified: {path} ({size}, audit chain up to event {seq}).</source>
            <translation>Sicherung geschrieben und geprüft: {path} ({size}, Prüfkette bis Ereignis {seq}).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Checking every record and file…</source>
            <translation>Jeder Datensatz und jede Datei wird geprüft…</translation>
        </message>
        <message>
            <source>Choose a backup, see what it holds, and restore it</source>
            <translation>Eine Sicherung wählen, ihren Inhalt sehen und sie wiederherstellen</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Logo wählen…</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Reklamationen</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>E-mail &amp;&amp; timestamp</source>
            <translation>E-Mail &amp;&amp; Zeitstempel</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Zahlen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
        <message>
            <source>locked after wrong PINs</source>
            <translation>nach falschen PINs gesperrt</translation>
        </message>
        <message>
            <source>Make the database refuse edits of sealed records again</source>
            <translation>Die Datenbank soll Änderungen versiegelter Datensätze wieder verweigern</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New PIN…</source>
            <translation>Neue PIN…</translation>
        </message>
        <message>
            <source>New recovery code…</source>
            <translation>Neuer Wiederherstellungscode…</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>kein Logo</translation>
        </message>
        <message>
            <source>Only the owner changes settings and staff.</source>
            <translation>Nur Inhaber/innen ändern Einstellungen und Personal.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Press and colours</source>
            <translation>Druck &amp;&amp; Farben</translation>
        </message>
        <message>
            <source>Print a new recovery code for yourself; the old one stops working</source>
            <translation>Einen neuen Wiederherstellungscode für sich selbst drucken; der alte wird ungültig</translation>
        </message>
        <message>
            <source>PrintProof backups (*.sqlite3);;All files (*)</source>
            <translation>PrintProof-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Proofs and terms</source>
            <translation>Proofs &amp;&amp; Bedingungen</translation>
        </message>
        <message>
            <source>Re-install</source>
            <translation>Neu einrichten</translation>
        </message>
        <message>
            <source>Re-install the protections</source>
            <translation>Schutzmechanismen neu einrichten</translation>
        </message>
        <message>
            <source>Re-install the protections?</source>
            <translation>Schutzmechanismen neu einrichten?</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Wieder aktivieren</translation>
        </message>
        <message>
            <source>Reading and checking the backup…</source>
            <translation>Lese und prüfe die Sicherung…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Restored from “{name}”. The store as it was before is kept in {kept}.</source>
            <translation>Aus „{name}“ wiederhergestellt. Der bisherige Datenbestand liegt in {kept}.</translation>
        </message>
        <message>
            <source>Restoring… other workstations wait a moment.</source>
            <translation>Stelle wieder her… andere Arbeitsplätze warten einen Moment.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Save the settings first: the backup goes to the saved folder.</source>
            <translation>Bitte zuerst die Einstellungen speichern: Die Sicherung geht in den gespeicherten Ordner.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Set a new PIN for the selected person; lifts a lock-out</source>
            <translation>Neue PIN für die ausgewählte Person; hebt eine Sperre auf</translation>
        </message>
        <message>
            <source>Setting the new PIN of {name}…</source>
            <translation>Die neue PIN von {name} wird gesetzt…</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Druckerei</translation>
        </message>
        <message>
            <source>Shop logo</source>
            <translation>Logo der Druckerei</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Staff member added.</source>
            <translation>Mitarbeiter/in hinzugefügt.</translation>
        </message>
        <message>
            <source>standard: PROOF – NOT FOR PRINT</source>
            <translation>Standard: KORREKTUR – NICHT ZUM DRUCK</translation>
        </message>
        <message>
            <source>standard: the data folder (better: a USB disk or the NAS)</source>
            <translation>Standard: der Datenordner (besser: USB-Platte oder NAS)</translation>
        </message>
        <message>
            <source>Stay here</source>
            <translation>Hier bleiben</translation>
        </message>
        <message>
            <source>The app backs up once a day and when it closes.</source>
            <translation>Die App sichert einmal am Tag und beim Beenden.</translation>
        </message>
        <message>
            <source>The backup “{name}” does not verify ({what}); nothing was replaced.</source>
            <translation>Die Sicherung „{name}“ besteht die Prüfung nicht ({what}); nichts wurde ersetzt.</translation>
        </message>
        <message>
            <source>The database no longer refuses every edit of sealed records. Re-installing changes no record; the audit trail notes that you did it and what was missing.</source>
            <translation>Die Datenbank verweigert nicht mehr jede Änderung versiegelter Datensätze. Das Neueinrichten ändert keinen Datensatz; das Protokoll vermerkt, dass Sie es getan haben und was fehlte.</translation>
        </message>
        <message>
            <source>The logo appears on the next proof.</source>
            <translation>Das Logo erscheint ab dem nächsten Proof.</translation>
        </message>
        <message>
            <source>The selected person's role</source>
            <translation>Rolle der ausgewählten Person</translation>
        </message>
        <message>
            <source>This backup is another shop's store, not this one's: its audit chain begins with another first event. Restore it only if this workstation is to become that shop.</source>
            <translation>Diese Sicherung ist die Datenbank einer anderen Druckerei, nicht dieser: ihre Prüfkette beginnt mit einem anderen ersten Ereignis. Nur wiederherstellen, wenn dieser Arbeitsplatz diese Druckerei werden soll.</translation>
        </message>
        <message>
            <source>Unsaved settings</source>
            <translation>Ungespeicherte Einstellungen</translation>
        </message>
        <message>
            <source>Verified: nothing was altered.</source>
            <translation>Geprüft: nichts wurde verändert.</translation>
        </message>
        <message>
            <source>Verify the whole store</source>
            <translation>Ganze Datenbank prüfen</translation>
        </message>
        <message>
            <source>You changed settings without saving them.</source>
            <translation>Sie haben Einstellungen geändert, aber nicht gespeichert.</translation>
        </message>
        <message>
            <source>{name} can no longer sign in.</source>
            <translation>{name} kann sich nicht mehr anmelden.</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} kann sich wieder anmelden.</translation>
        </message>
        <message>
            <source>{name} has a new PIN; a lock-out is lifted.</source>
            <translation>{name} hat eine neue PIN; eine Sperre ist aufgehoben.</translation>
        </message>
        <message>
            <source>{name} now works as: {role}</source>
            <translation>{name} arbeitet jetzt als: {role}</translation>
        </message>
        <message>
            <source>{n} protections re-installed.</source>
            <translation>{n} Schutzmechanismen neu eingerichtet.</translation>
        </message>
        <message>
            <source>{n} records and files checked.</source>
            <translation>{n} Datensätze und Dateien geprüft.</translation>
        </message>
        <message>
            <source>“{name}” holds the shop “{shop}” as it was on {when}: {orders}, {customers}, the audit chain up to event {seq} (SHA-256 {hash}…). Everything in it verifies.

Restoring replaces what this store holds now; the current store is kept aside as a file first, and order numbers continue above every number ever issued. Everybody signs in again afterwards.</source>
            <translation>„{name}“ enthält die Druckerei „{shop}“ mit Stand {when}: {orders}, {customers}, die Prüfkette bis Ereignis {seq} (SHA-256 {hash}…). Alles darin besteht die Prüfung.

Das Wiederherstellen ersetzt den jetzigen Datenbestand; er wird vorher als Datei beiseitegelegt, und Auftragsnummern werden oberhalb jeder je vergebenen Nummer fortgesetzt. Danach melden sich alle neu an.</translation>
        </message>
    </context>
    <context>
        <name>SideCard</name>
        <message>
            <source>Ready to print</source>
            <translation>Druckfertig</translation>
        </message>
        <message>
            <source>Remove from the order</source>
            <translation>Vom Auftrag entfernen</translation>
        </message>
        <message>
            <source>Replace or remove this side's file</source>
            <translation>Datei dieser Seite ersetzen oder entfernen</translation>
        </message>
        <message>
            <source>Replace with another file…</source>
            <translation>Durch eine andere Datei ersetzen…</translation>
        </message>
        <message>
            <source>vector PDF</source>
            <translation>Vektor-PDF</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Checking the PIN…</source>
            <translation>PIN wird geprüft…</translation>
        </message>
        <message>
            <source>Locked out or PIN forgotten? Owner's recovery code…</source>
            <translation>Gesperrt oder PIN vergessen? Wiederherstellungscode…</translation>
        </message>
        <message>
            <source>Pick your name first.</source>
            <translation>Bitte zuerst Ihren Namen wählen.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Who is at the counter?</source>
            <translation>Wer steht an der Theke?</translation>
        </message>
        <message>
            <source>{name} is unlocked; sign in now.</source>
            <translation>{name} ist entsperrt; bitte jetzt anmelden.</translation>
        </message>
        <message>
            <source>{shop} – who is at the counter?</source>
            <translation>{shop} – wer steht an der Theke?</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Please sign here</source>
            <translation>Bitte hier unterschreiben</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Unterschrift</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Checking the code…</source>
            <translation>Der Code wird geprüft…</translation>
        </message>
        <message>
            <source>leave empty to keep the PIN</source>
            <translation>leer lassen, um die PIN zu behalten</translation>
        </message>
        <message>
            <source>New PIN (optional)</source>
            <translation>Neue PIN (optional)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Wiederherstellungscode</translation>
        </message>
        <message>
            <source>The owner's printed recovery code unlocks {name}.</source>
            <translation>Der ausgedruckte Wiederherstellungscode der Inhaberin / des Inhabers entsperrt {name}.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Unlock with the recovery code</source>
            <translation>Mit dem Wiederherstellungscode entsperren</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>a designer</source>
            <comment>role_phrase.designer</comment>
            <translation>Grafiker/innen</translation>
        </message>
        <message>
            <source>Answer to the complaint sent to the customer</source>
            <comment>event.complaint.letter</comment>
            <translation>Antwort auf die Reklamation an den Kunden gesendet</translation>
        </message>
        <message>
            <source>approval</source>
            <comment>copy_record.approval</comment>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Approval voided</source>
            <comment>event.approval.voided</comment>
            <translation>Freigabe widerrufen</translation>
        </message>
        <message>
            <source>Approved</source>
            <comment>status.approved</comment>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>approved</source>
            <comment>status_phrase.approved</comment>
            <translation>freigegeben</translation>
        </message>
        <message>
            <source>Approved for print</source>
            <comment>decision.approved</comment>
            <translation>Zum Druck freigegeben</translation>
        </message>
        <message>
            <source>Approved with changes</source>
            <comment>decision.approved_with_changes</comment>
            <translation>Freigegeben mit Änderungen</translation>
        </message>
        <message>
            <source>Artwork added</source>
            <comment>event.artwork.added</comment>
            <translation>Druckdaten hinzugefügt</translation>
        </message>
        <message>
            <source>Artwork removed</source>
            <comment>event.artwork.removed</comment>
            <translation>Druckdaten entfernt</translation>
        </message>
        <message>
            <source>by e-mail</source>
            <comment>method.email</comment>
            <translation>per E-Mail</translation>
        </message>
        <message>
            <source>by phone</source>
            <comment>method.phone</comment>
            <translation>telefonisch</translation>
        </message>
        <message>
            <source>certificate e-mailed</source>
            <comment>copy_channel.certificate_email</comment>
            <translation>Zertifikat per E-Mail</translation>
        </message>
        <message>
            <source>Change ticked off as done</source>
            <comment>event.change.ticked</comment>
            <translation>Änderung als erledigt abgehakt</translation>
        </message>
        <message>
            <source>Changed mind</source>
            <comment>category.changed_mind</comment>
            <translation>Meinung geändert</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <comment>decision.changes_requested</comment>
            <translation>Änderungen gewünscht</translation>
        </message>
        <message>
            <source>code confirmed</source>
            <comment>link_state.confirmed</comment>
            <translation>Code bestätigt</translation>
        </message>
        <message>
            <source>Colour</source>
            <comment>category.colour</comment>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Colours (screen is not the same as print)</source>
            <comment>checklist.colours</comment>
            <translation>Farben (Bildschirm ist nicht gleich Druck)</translation>
        </message>
        <message>
            <source>Complaint acknowledged to the customer</source>
            <comment>event.complaint.acknowledged</comment>
            <translation>Eingang der Reklamation dem Kunden bestätigt</translation>
        </message>
        <message>
            <source>Complaint closed: the replacement was handed over</source>
            <comment>event.complaint.closed</comment>
            <translation>Reklamation abgeschlossen: der Ersatz wurde übergeben</translation>
        </message>
        <message>
            <source>Complaint decided</source>
            <comment>event.dispute.decided</comment>
            <translation>Reklamation entschieden</translation>
        </message>
        <message>
            <source>Complaint given a case number</source>
            <comment>event.complaint.case</comment>
            <translation>Reklamation mit Fallnummer aufgenommen</translation>
        </message>
        <message>
            <source>Complaint open</source>
            <comment>status.disputed</comment>
            <translation>Reklamation offen</translation>
        </message>
        <message>
            <source>Complaint recorded</source>
            <comment>event.dispute.opened</comment>
            <translation>Reklamation aufgenommen</translation>
        </message>
        <message>
            <source>Complaint resolved</source>
            <comment>status.resolved</comment>
            <translation>Reklamation erledigt</translation>
        </message>
        <message>
            <source>Copy given to the customer</source>
            <comment>event.copy.given</comment>
            <translation>Kopie an den Kunden gegeben</translation>
        </message>
        <message>
            <source>Counter staff</source>
            <comment>role.counter</comment>
            <translation>Thekenpersonal</translation>
        </message>
        <message>
            <source>counter staff</source>
            <comment>role_phrase.counter</comment>
            <translation>Thekenpersonal</translation>
        </message>
        <message>
            <source>Customer added</source>
            <comment>event.customer.created</comment>
            <translation>Kunde angelegt</translation>
        </message>
        <message>
            <source>Customer details changed</source>
            <comment>event.customer.changed</comment>
            <translation>Kundendaten geändert</translation>
        </message>
        <message>
            <source>Customer pays and takes it</source>
            <comment>outcome.customer_pays</comment>
            <translation>Kunde zahlt und nimmt die Ware</translation>
        </message>
        <message>
            <source>Customer told by e-mail</source>
            <comment>event.order.ready_mail</comment>
            <translation>Kunde per E-Mail benachrichtigt</translation>
        </message>
        <message>
            <source>Customer's decision</source>
            <comment>event.approval.recorded</comment>
            <translation>Entscheidung des Kunden</translation>
        </message>
        <message>
            <source>Customer's erasure request</source>
            <comment>event.erasure.requested</comment>
            <translation>Löschantrag des Kunden</translation>
        </message>
        <message>
            <source>Customers merged</source>
            <comment>event.customer.merged</comment>
            <translation>Kunden zusammengeführt</translation>
        </message>
        <message>
            <source>Damage</source>
            <comment>category.damage</comment>
            <translation>Beschädigung</translation>
        </message>
        <message>
            <source>decided by link</source>
            <comment>link_state.decided</comment>
            <translation>per Link entschieden</translation>
        </message>
        <message>
            <source>decision</source>
            <comment>copy_record.dispute_decision</comment>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>decision by link refused</source>
            <comment>link_state.refused</comment>
            <translation>Entscheidung per Link abgewiesen</translation>
        </message>
        <message>
            <source>Designer</source>
            <comment>role.designer</comment>
            <translation>Grafiker/in</translation>
        </message>
        <message>
            <source>Discount</source>
            <comment>outcome.discount</comment>
            <translation>Preisnachlass</translation>
        </message>
        <message>
            <source>disputed</source>
            <comment>status_phrase.disputed</comment>
            <translation>reklamiert</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>status.draft</comment>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>draft</source>
            <comment>status_phrase.draft</comment>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>E-mail and web addresses</source>
            <comment>checklist.web</comment>
            <translation>E-Mail- und Webadressen</translation>
        </message>
        <message>
            <source>e-mailed</source>
            <comment>copy_channel.email</comment>
            <translation>per E-Mail</translation>
        </message>
        <message>
            <source>Erasure sealed</source>
            <comment>event.erasure.recorded</comment>
            <translation>Löschung versiegelt</translation>
        </message>
        <message>
            <source>hand-over</source>
            <comment>copy_record.pickup</comment>
            <translation>Übergabe</translation>
        </message>
        <message>
            <source>Handed over against signature</source>
            <comment>event.pickup.recorded</comment>
            <translation>Übergabe gegen Unterschrift</translation>
        </message>
        <message>
            <source>In production</source>
            <comment>status.in_production</comment>
            <translation>In Produktion</translation>
        </message>
        <message>
            <source>in production</source>
            <comment>status_phrase.in_production</comment>
            <translation>in Produktion</translation>
        </message>
        <message>
            <source>Late</source>
            <comment>category.late</comment>
            <translation>Verspätet</translation>
        </message>
        <message>
            <source>link expired</source>
            <comment>link_state.expired</comment>
            <translation>Link abgelaufen</translation>
        </message>
        <message>
            <source>link opened</source>
            <comment>link_state.opened</comment>
            <translation>Link geöffnet</translation>
        </message>
        <message>
            <source>link sent</source>
            <comment>link_state.sent</comment>
            <translation>Link gesendet</translation>
        </message>
        <message>
            <source>link taken back</source>
            <comment>link_state.withdrawn</comment>
            <translation>Link zurückgenommen</translation>
        </message>
        <message>
            <source>link waits for the portal</source>
            <comment>link_state.pulling</comment>
            <translation>Link wartet auf das Portal</translation>
        </message>
        <message>
            <source>link waits for the portal</source>
            <comment>link_state.queued</comment>
            <translation>Link wartet auf das Portal</translation>
        </message>
        <message>
            <source>Names and titles</source>
            <comment>checklist.names</comment>
            <translation>Namen und Titel</translation>
        </message>
        <message>
            <source>New proof at the customer's cost</source>
            <comment>outcome.new_proof_customer_cost</comment>
            <translation>Neuer Proof auf Kosten des Kunden</translation>
        </message>
        <message>
            <source>No</source>
            <comment>matches.no</comment>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Order changed</source>
            <comment>event.order.edited</comment>
            <translation>Auftrag geändert</translation>
        </message>
        <message>
            <source>Order taken</source>
            <comment>event.order.created</comment>
            <translation>Auftrag angelegt</translation>
        </message>
        <message>
            <source>Owner</source>
            <comment>role.owner</comment>
            <translation>Inhaber/in</translation>
        </message>
        <message>
            <source>Paired with the portal</source>
            <comment>event.portal.paired</comment>
            <translation>Mit dem Freigabeportal verbunden</translation>
        </message>
        <message>
            <source>Partly</source>
            <comment>matches.partly</comment>
            <translation>Teilweise</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <comment>event.order.erased</comment>
            <translation>Personenbezogene Daten gelöscht</translation>
        </message>
        <message>
            <source>Phone and fax numbers</source>
            <comment>checklist.phone</comment>
            <translation>Telefon- und Faxnummern</translation>
        </message>
        <message>
            <source>Photo aligned with the proof</source>
            <comment>event.photo.aligned</comment>
            <translation>Foto an den Proof angelegt</translation>
        </message>
        <message>
            <source>Picked up</source>
            <comment>status.picked_up</comment>
            <translation>Abgeholt</translation>
        </message>
        <message>
            <source>picked up</source>
            <comment>status_phrase.picked_up</comment>
            <translation>abgeholt</translation>
        </message>
        <message>
            <source>printed (A4)</source>
            <comment>copy_channel.printed_a4</comment>
            <translation>gedruckt (A4)</translation>
        </message>
        <message>
            <source>printed (receipt)</source>
            <comment>copy_channel.printed_receipt</comment>
            <translation>gedruckt (Beleg, 80 mm)</translation>
        </message>
        <message>
            <source>Proof made</source>
            <comment>event.proof.made</comment>
            <translation>Proof erstellt</translation>
        </message>
        <message>
            <source>Proof sent by link</source>
            <comment>event.proof.link_made</comment>
            <translation>Korrekturabzug per Link gesendet</translation>
        </message>
        <message>
            <source>Proofing</source>
            <comment>status.proofing</comment>
            <translation>Korrektur</translation>
        </message>
        <message>
            <source>proofing</source>
            <comment>status_phrase.proofing</comment>
            <translation>Korrektur</translation>
        </message>
        <message>
            <source>Quantity</source>
            <comment>category.quantity</comment>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Quantity and stock</source>
            <comment>checklist.quantity</comment>
            <translation>Auflage und Papier</translation>
        </message>
        <message>
            <source>ready</source>
            <comment>status_phrase.ready</comment>
            <translation>abholbereit</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <comment>status.ready</comment>
            <translation>Abholbereit</translation>
        </message>
        <message>
            <source>Records resealed (schema 5)</source>
            <comment>event.records.resealed</comment>
            <translation>Datensätze neu versiegelt (Schema 5)</translation>
        </message>
        <message>
            <source>Refund</source>
            <comment>outcome.refund</comment>
            <translation>Erstattung</translation>
        </message>
        <message>
            <source>Replacement order made at the shop's cost</source>
            <comment>event.complaint.replacement</comment>
            <translation>Ersatzauftrag auf Kosten der Druckerei angelegt</translation>
        </message>
        <message>
            <source>Reprint at the shop's cost</source>
            <comment>outcome.reprint_shop_cost</comment>
            <translation>Nachdruck auf Kosten der Druckerei</translation>
        </message>
        <message>
            <source>Reprint taken</source>
            <comment>event.order.reordered</comment>
            <translation>Nachdruck angelegt</translation>
        </message>
        <message>
            <source>resolved</source>
            <comment>status_phrase.resolved</comment>
            <translation>Reklamation erledigt</translation>
        </message>
        <message>
            <source>signed by link on the shop's portal</source>
            <comment>method.link</comment>
            <translation>per Link im Freigabeportal der Druckerei unterschrieben</translation>
        </message>
        <message>
            <source>signed on screen</source>
            <comment>method.on_screen</comment>
            <translation>am Bildschirm unterschrieben</translation>
        </message>
        <message>
            <source>signed paper proof (scan)</source>
            <comment>method.paper</comment>
            <translation>unterschriebener Papier-Proof (Scan)</translation>
        </message>
        <message>
            <source>Size / cut</source>
            <comment>category.size</comment>
            <translation>Format / Schnitt</translation>
        </message>
        <message>
            <source>Size and layout</source>
            <comment>checklist.layout</comment>
            <translation>Größe und Anordnung</translation>
        </message>
        <message>
            <source>Status changed</source>
            <comment>event.order.status</comment>
            <translation>Status geändert</translation>
        </message>
        <message>
            <source>Stock / finish</source>
            <comment>category.stock</comment>
            <translation>Material / Veredelung</translation>
        </message>
        <message>
            <source>Text / typo</source>
            <comment>category.text</comment>
            <translation>Text / Tippfehler</translation>
        </message>
        <message>
            <source>Text and spelling</source>
            <comment>checklist.text</comment>
            <translation>Text und Rechtschreibung</translation>
        </message>
        <message>
            <source>the owner</source>
            <comment>role_phrase.owner</comment>
            <translation>die Inhaberin / der Inhaber</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>matches.yes</comment>
            <translation>Ja</translation>
        </message>
    </context>
</TS>

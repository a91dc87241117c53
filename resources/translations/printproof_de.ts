<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ApprovalReceipt</name>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="20" />
        <source>Recorded</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="33" />
        <source>Order {number}, proof version {v}</source>
        <translation>Auftrag {number}, Proof-Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="34" />
        <source>by &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>von &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="35" />
        <source>on {when}</source>
        <translation>am {when}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="39" />
        <source>Changes: {changes}</source>
        <translation>Änderungen: {changes}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="41" />
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="44" />
        <source>Record {record}… · Proof {proof}…</source>
        <translation>Datensatz {record}… · Proof {proof}…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="53" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="58" />
        <source>Copy for the customer…</source>
        <translation>Kopie für den Kunden …</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="59" />
        <source>Automatic backup is on; the first copy is made shortly.</source>
        <translation>Die automatische Sicherung ist an; die erste Kopie entsteht gleich.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="61" />
        <source>No backup yet – set a backup folder in Settings.</source>
        <translation>Noch keine Sicherung – bitte in den Einstellungen einen Sicherungsordner wählen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="64" />
        <source>Last backup {when} – is the backup disk connected?</source>
        <translation>Letzte Sicherung {when} – ist die Sicherungsplatte angeschlossen?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="70" />
        <source>Last backup {when}</source>
        <translation>Letzte Sicherung {when}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="106" />
        <source>Backup failed: {error}</source>
        <translation>Sicherung fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../printproof/ui/camera.py" line="31" />
        <source>Take a photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/camera.py" line="44" />
        <source>Take photo (Space)</source>
        <translation>Foto aufnehmen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/camera.py" line="47" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ColourToggle</name>
    <message>
        <location filename="../../printproof/ui/colour_toggle.py" line="37" />
        <source>Press colours</source>
        <translation>Druckfarben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/colour_toggle.py" line="38" />
        <source>The side as the press prints it (simulated through the press profile)</source>
        <translation>Die Seite, wie die Druckmaschine sie druckt (über das Druckprofil simuliert)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/colour_toggle.py" line="39" />
        <source>Colour warning</source>
        <translation>Farbwarnung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/colour_toggle.py" line="40" />
        <source>Hatched: colours that print visibly different from the screen</source>
        <translation>Schraffiert: Farben, die sichtbar anders drucken als am Bildschirm</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../printproof/ui/crash.py" line="47" />
        <source>PrintProof ran into a problem</source>
        <translation>PrintProof ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/crash.py" line="49" />
        <source>Something went wrong that PrintProof did not expect. What you were doing was not saved half-way; please try it again.</source>
        <translation>Etwas Unerwartetes ist passiert. Was Sie gerade getan haben, wurde nicht halb gespeichert; bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/crash.py" line="55" />
        <source>Details for support are in {log}.</source>
        <translation>Einzelheiten für den Support stehen in {log}.</translation>
    </message>
</context>
<context>
    <name>CustomerCopyDialog</name>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="22" />
        <location filename="../../printproof/ui/copy_dialog.py" line="31" />
        <source>Copy for the customer</source>
        <translation>Kopie für den Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="26" />
        <source>the approval</source>
        <translation>die Freigabe</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="27" />
        <source>the hand-over</source>
        <translation>die Abholung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="28" />
        <source>the decision on the complaint</source>
        <translation>die Entscheidung zur Reklamation</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="31" />
        <source>Copy for the customer: {what}</source>
        <translation>Kopie für den Kunden: {what}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="37" />
        <source>The copy shows what was recorded and carries the record's hash and the audit chain's head, as text and QR code: evidence the customer keeps.</source>
        <translation>Die Kopie zeigt, was festgehalten wurde, und trägt den Hash des Datensatzes und den Stand der Prüfkette als Text und QR-Code: ein Beleg, den der Kunde behält.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="43" />
        <source>Print on A4…</source>
        <translation>Auf A4 drucken …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="45" />
        <source>Print receipt (80 mm)…</source>
        <translation>Beleg drucken (80 mm) …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="53" />
        <source>The customer's e-mail address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="54" />
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="61" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="82" />
        <source>Copy {number}</source>
        <translation>Kopie {number}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="87" />
        <source>Printed; the audit trail notes the copy.</source>
        <translation>Gedruckt; das Protokoll vermerkt die Kopie.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="95" />
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/copy_dialog.py" line="99" />
        <source>Sent to {to}.</source>
        <translation>An {to} gesendet.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="254" />
        <source>Decide the complaint about {number}</source>
        <translation>Reklamation zu {number} entscheiden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="289" />
        <source>Does the delivery match the approval?</source>
        <translation>Entspricht die Lieferung der Freigabe?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="259" />
        <source>{category}, recorded {when}: „{words}“</source>
        <translation>{category}, aufgenommen am {when}: „{words}“</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="272" />
        <source>Approved proof, version {v}</source>
        <translation>Freigegebener Proof, Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="274" />
        <source>There is no approved proof for this order.</source>
        <translation>Zu diesem Auftrag gibt es keinen freigegebenen Proof.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="281" />
        <source>What was delivered (the customer's photos)</source>
        <translation>Was geliefert wurde (Fotos des Kunden)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="299" />
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="305" />
        <source>Why – in words the customer can follow</source>
        <translation>Begründung – in Worten, die der Kunde versteht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="310" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="312" />
        <source>Record decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="322" />
        <source>Discard the decision?</source>
        <translation>Entscheidung verwerfen?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="323" />
        <source>The reason you wrote is not saved yet. Discard it?</source>
        <translation>Die geschriebene Begründung ist noch nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="324" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="325" />
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="333" />
        <source>Say whether the delivery matches the approval.</source>
        <translation>Bitte angeben, ob die Lieferung der Freigabe entspricht.</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Die Entscheidung wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="56" />
        <source>Complaint about {number}</source>
        <translation>Reklamation zu {number}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="62" />
        <source>What is the complaint about?</source>
        <translation>Worum geht es bei der Reklamation?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="64" />
        <source>In the customer's words:</source>
        <translation>In den Worten des Kunden:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="65" />
        <source>What the customer says, as they say it</source>
        <translation>Was der Kunde sagt, in seinen Worten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="68" />
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="74" />
        <source>Webcam…</source>
        <translation>Webcam…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="77" />
        <location filename="../../printproof/ui/disputes.py" line="89" />
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="96" />
        <source>Photos: JPEG, PNG or TIFF. Select one and press Delete to remove it.</source>
        <translation>Fotos: JPEG, PNG oder TIFF. Zum Entfernen ein Foto auswählen und Entf drücken.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="100" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="102" />
        <source>Record complaint</source>
        <translation>Reklamation aufnehmen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="114" />
        <source>Photos of the delivered product</source>
        <translation>Fotos der gelieferten Ware</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="116" />
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="131" />
        <source>webcam-{n}.jpg</source>
        <translation>webcam-{n}.jpg</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="165" />
        <source>Discard the complaint?</source>
        <translation>Reklamation verwerfen?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="166" />
        <source>The customer's words and photos are not saved yet. Discard them?</source>
        <translation>Die Worte des Kunden und die Fotos sind noch nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="167" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="168" />
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>No webcam is connected to this workstation.</source>
        <translation>An diesem Arbeitsplatz ist keine Webcam angeschlossen.</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Das Foto wird gelesen…</translation>
    </message>
    <message>
        <source>Saving the complaint…</source>
        <translation>Die Reklamation wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../printproof/ui/signin.py" line="49" />
        <source>Welcome to PrintProof</source>
        <translation>Willkommen bei PrintProof</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="50" />
        <source>Set up your shop once. You can change everything later in Settings.</source>
        <translation>Richten Sie Ihre Druckerei einmal ein. Alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="53" />
        <source>Street, postcode and town (printed on every proof)</source>
        <translation>Straße, PLZ und Ort (steht auf jedem Proof)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="63" />
        <source>Shop name</source>
        <translation>Name der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="64" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="66" />
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="68" />
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="72" />
        <source>Logo (optional)</source>
        <translation>Logo (optional)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="73" />
        <source>Owner's name</source>
        <translation>Name der Inhaberin / des Inhabers</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="74" />
        <source>6 to 12 digits, or a passphrase of 12 or more characters</source>
        <translation>6 bis 12 Ziffern oder eine Passphrase ab 12 Zeichen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="75" />
        <source>Owner's PIN</source>
        <translation>PIN der Inhaberin / des Inhabers</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="76" />
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="77" />
        <source>Language of proofs</source>
        <translation>Sprache der Korrekturabzüge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="82" />
        <source>Set up shop</source>
        <translation>Druckerei einrichten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="86" />
        <source>Open the demo shop</source>
        <translation>Demo-Druckerei öffnen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="98" />
        <source>The two PINs differ; please type them again.</source>
        <translation>Die beiden PINs sind verschieden; bitte erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="123" />
        <source>Setting up the shop…</source>
        <translation>Die Druckerei wird eingerichtet…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="143" />
        <source>Shop logo</source>
        <translation>Logo der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="154" />
        <source>Preparing the demo shop…</source>
        <translation>Demo-Druckerei wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="346" />
        <source>Hand over {number}</source>
        <translation>{number} übergeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="349" />
        <source>The customer confirms receipt with their name and signature.</source>
        <translation>Der Kunde bestätigt den Empfang mit Namen und Unterschrift.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="351" />
        <source>Name of the person collecting</source>
        <translation>Name der abholenden Person</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="358" />
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="360" />
        <source>Confirm receipt</source>
        <translation>Empfang bestätigen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="362" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving the handover…</source>
        <translation>Die Übergabe wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../printproof/ui/identify_dialog.py" line="25" />
        <source>What is this file?</source>
        <translation>Was ist diese Datei?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/identify_dialog.py" line="39" />
        <source>SHA-256 of the file: {sha}</source>
        <translation>SHA-256 der Datei: {sha}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/identify_dialog.py" line="45" />
        <source>Open order {number}</source>
        <translation>Auftrag {number} öffnen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/identify_dialog.py" line="48" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../printproof/ui/labels.py" line="14" />
        <source>Approved for print</source>
        <translation>Zum Druck freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="15" />
        <source>Approved with changes</source>
        <translation>Freigegeben mit Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="16" />
        <source>Changes requested</source>
        <translation>Änderungen gewünscht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="22" />
        <source>signed on screen</source>
        <translation>am Bildschirm unterschrieben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="23" />
        <source>signed paper proof</source>
        <translation>unterschriebener Papier-Proof</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="24" />
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="25" />
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="32" />
        <source>Counter staff</source>
        <translation>Thekenpersonal</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="33" />
        <source>Designer</source>
        <translation>Grafiker/in</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="34" />
        <source>Owner</source>
        <translation>Inhaber/in</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="40" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="41" />
        <source>Text / typo</source>
        <translation>Text / Tippfehler</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="42" />
        <source>Size / cut</source>
        <translation>Format / Schnitt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="43" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="44" />
        <source>Stock / finish</source>
        <translation>Material / Veredelung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="45" />
        <source>Damage</source>
        <translation>Beschädigung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="46" />
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="47" />
        <source>Changed mind</source>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="53" />
        <source>Customer pays and takes it</source>
        <translation>Kunde zahlt und nimmt die Ware</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="54" />
        <source>Reprint at the shop's cost</source>
        <translation>Nachdruck auf Kosten der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="55" />
        <source>Discount</source>
        <translation>Preisnachlass</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="56" />
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="57" />
        <source>New proof at the customer's cost</source>
        <translation>Neuer Proof auf Kosten des Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="65" />
        <source>Yes, it matches</source>
        <translation>Ja, entspricht der Freigabe</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="66" />
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="67" />
        <source>No, it does not match</source>
        <translation>Nein, entspricht nicht der Freigabe</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="81" />
        <source>Customer's decision on version {v}: {decision} ({method}, {name})</source>
        <translation>Entscheidung des Kunden zu Version {v}: {decision} ({method}, {name})</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="90" />
        <source>Changes asked for: {changes}</source>
        <translation>Gewünschte Änderungen: {changes}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="94" />
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="97" />
        <source>Order taken</source>
        <translation>Auftrag angelegt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="98" />
        <source>Artwork added: {file}</source>
        <translation>Druckdaten hinzugefügt: {file}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="99" />
        <source>Artwork removed: {file}</source>
        <translation>Druckdaten entfernt: {file}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="102" />
        <source>Proof version {v} made</source>
        <translation>Proof-Version {v} erstellt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="103" />
        <source>Approval voided by the owner: {reason}</source>
        <translation>Freigabe von der Inhaberin / dem Inhaber widerrufen: {reason}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="106" />
        <source>Handed over against signature</source>
        <translation>Gegen Unterschrift übergeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="107" />
        <source>Complaint recorded: {category}</source>
        <translation>Reklamation aufgenommen: {category}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="110" />
        <source>Complaint decided: {outcome}</source>
        <translation>Reklamation entschieden: {outcome}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/labels.py" line="111" />
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../printproof/ui/application.py" line="68" />
        <location filename="../../printproof/ui/main_window.py" line="49" />
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="50" />
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="51" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="61" />
        <source>Switch user (Ctrl+L)</source>
        <translation>Benutzer wechseln (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="80" />
        <source>Store: {store}</source>
        <translation>Datenbank: {store}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="146" />
        <source>Signed in: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="232" />
        <source>The store cannot be reached right now: {error}</source>
        <translation>Die Datenbank ist gerade nicht erreichbar: {error}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="251" />
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="278" />
        <source>Backing up before closing…</source>
        <translation>Sicherung vor dem Beenden…</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../printproof/ui/orders.py" line="215" />
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="225" />
        <source>Other product…</source>
        <translation>Anderes Produkt…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="247" />
        <source>Customer *</source>
        <translation>Kunde *</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="248" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="249" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="250" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="251" />
        <source>Product preset</source>
        <translation>Produktvorlage</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="252" />
        <source>Product *</source>
        <translation>Produkt *</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="256" />
        <source>Finished size (W × H)</source>
        <translation>Endformat (B × H)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="257" />
        <source>Bleed</source>
        <translation>Beschnittzugabe</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="258" />
        <source>Quantity</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="259" />
        <source>Stock</source>
        <translation>Papier / Material</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="260" />
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="261" />
        <source>Finishing</source>
        <translation>Veredelung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="262" />
        <source>Due date</source>
        <translation>Liefertermin</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="268" />
        <source>Take order</source>
        <translation>Auftrag anlegen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="270" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Taking the order…</source>
        <translation>Der Auftrag wird angelegt…</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="206" />
        <source>Artwork</source>
        <translation>Druckdaten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="240" />
        <location filename="../../printproof/ui/order_screen.py" line="590" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="303" />
        <source>Proof versions</source>
        <translation>Proof-Versionen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="304" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="352" />
        <source>Order {number} · {customer}</source>
        <translation>Auftrag {number} · {customer}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="359" />
        <source>bleed {mm} mm</source>
        <translation>Anschnitt {mm} mm</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="360" />
        <source>{n} pcs</source>
        <translation>{n} Stück</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="365" />
        <source>due {date}</source>
        <translation>Termin {date}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="431" />
        <source>approval voided</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="423" />
        <source>Version {v} · {when} · {who}</source>
        <translation>Version {v} · {when} · {who}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="159" />
        <source>← Orders (Esc)</source>
        <translation>← Aufträge (Esc)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="209" />
        <source>Side for the next file</source>
        <translation>Seite für die nächste Datei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="210" />
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="211" />
        <source>Add the customer's artwork to the chosen side (or drop files here)</source>
        <translation>Druckdaten des Kunden zur gewählten Seite hinzufügen (oder Dateien hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="233" />
        <source>Make proof (Ctrl+M)</source>
        <translation>Proof erstellen (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="264" />
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="265" />
        <source>Print the proof (Ctrl+P)</source>
        <translation>Proof drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="267" />
        <source>Save PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="268" />
        <source>Save the proof as PDF, e.g. for e-mail (Ctrl+S)</source>
        <translation>Proof als PDF speichern, z. B. für eine E-Mail (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="270" />
        <source>Certificate…</source>
        <translation>Bestätigung…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="271" />
        <source>The signed certificate of the customer's latest decision</source>
        <translation>Die signierte Bestätigung der letzten Entscheidung des Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="273" />
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="274" />
        <source>The whole order in one signed PDF (owner)</source>
        <translation>Der ganze Auftrag in einem signierten PDF (Inhaber/in)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="276" />
        <source>Void the approval…</source>
        <translation>Freigabe widerrufen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="277" />
        <source>Owner: void the approval with a reason; both records stay</source>
        <translation>Inhaber/in: die Freigabe mit Begründung widerrufen; beide Einträge bleiben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="284" />
        <source>Job ticket…</source>
        <translation>Auftragstasche …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="285" />
        <source>Print the job ticket for production (A4, with a barcode)</source>
        <translation>Auftragstasche für die Produktion drucken (A4, mit Strichcode)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="287" />
        <source>Pickup label…</source>
        <translation>Abholetikett …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="288" />
        <source>Print the 62 mm label for the parcel (scanning it opens the order)</source>
        <translation>Das 62-mm-Etikett für das Paket drucken (Scannen öffnet den Auftrag)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="292" />
        <source>E-mail the certificate…</source>
        <translation>Freigabebestätigung per E-Mail …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="293" />
        <source>Send the signed certificate to the customer (mail server in Settings)</source>
        <translation>Die signierte Freigabebestätigung an den Kunden senden (Mailserver in den Einstellungen)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="412" />
        <source>No artwork yet – drop the customer's files anywhere here.</source>
        <translation>Noch keine Druckdaten – die Dateien des Kunden einfach hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="415" />
        <source>Drop more files anywhere here (PDF, TIFF, PNG, JPEG).</source>
        <translation>Weitere Dateien einfach hierher ziehen (PDF, TIFF, PNG, JPEG).</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="428" />
        <source>What changed: {note}</source>
        <translation>Geändert: {note}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="430" />
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="430" />
        <source>NOT verified</source>
        <translation>NICHT bestätigt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="434" />
        <source>Changes asked for: {changes}</source>
        <translation>Gewünschte Änderungen: {changes}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="436" />
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="438" />
        <source>Voided because: {reason}</source>
        <translation>Widerrufen, weil: {reason}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="484" />
        <source>Reprint: start production</source>
        <translation>Nachdruck: Produktion starten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="486" />
        <source>Start production</source>
        <translation>Produktion starten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="487" />
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="496" />
        <source>Next: add the customer's artwork.</source>
        <translation>Als Nächstes: die Druckdaten des Kunden hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="498" />
        <source>Next: make the first proof.</source>
        <translation>Als Nächstes: den ersten Proof erstellen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="500" />
        <source>Next: show the newest proof to the customer, or record their answer.</source>
        <translation>Als Nächstes: dem Kunden den neuesten Proof zeigen oder seine Antwort erfassen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="504" />
        <source>Complaint decided: a new proof, at the customer's cost.</source>
        <translation>Reklamation entschieden: neuer Proof, auf Kosten des Kunden.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="506" />
        <source>Complaint decided: reprint at the shop's cost.</source>
        <translation>Reklamation entschieden: Nachdruck auf Kosten der Druckerei.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="507" />
        <source>Complaint decided: the customer takes the order.</source>
        <translation>Reklamation entschieden: der Kunde nimmt den Auftrag.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="509" />
        <source>Approved: production can start.</source>
        <translation>Freigegeben: die Produktion kann beginnen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="510" />
        <source>In production: mark it ready when it is done.</source>
        <translation>In Produktion: wenn fertig, als abholbereit markieren.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="511" />
        <source>Ready: the customer collects it on the Pickup screen (F3).</source>
        <translation>Abholbereit: der Kunde holt ihn über „Abholung“ (F3) ab.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="512" />
        <source>Handed over.</source>
        <translation>Übergeben.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="513" />
        <source>Complaint open: the owner decides it on the Pickup screen.</source>
        <translation>Reklamation offen: die Inhaberin / der Inhaber entscheidet sie unter „Abholung“.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="528" />
        <source>Customer's artwork</source>
        <translation>Druckdaten des Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="529" />
        <source>Artwork (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</source>
        <translation>Druckdaten (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="555" />
        <source>Remove artwork</source>
        <translation>Druckdaten entfernen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="556" />
        <source>Take “{file}” off the {side}? It stays in the order's history.</source>
        <translation>„{file}“ von der Seite „{side}“ nehmen? Die Datei bleibt im Verlauf des Auftrags.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="559" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="560" />
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="570" />
        <source>“{file}” was taken off the order.</source>
        <translation>„{file}“ wurde vom Auftrag genommen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="587" />
        <source>Replace artwork</source>
        <translation>Druckdaten ersetzen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="588" />
        <source>This replaces the artwork of: {sides}. Replace it?</source>
        <translation>Damit werden die Druckdaten ersetzt: {sides}. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="589" />
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="605" />
        <source>Reading artwork…</source>
        <translation>Druckdaten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="607" />
        <source>Added {files}.</source>
        <translation>Hinzugefügt: {files}.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="616" />
        <source>Making the proof…</source>
        <translation>Proof wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="619" />
        <source>Proof version {v} is ready.</source>
        <translation>Proof-Version {v} ist fertig.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="656" />
        <source>Proof-{number}-v{v}.pdf</source>
        <translation>Proof-{number}-v{v}.pdf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="658" />
        <source>Save proof</source>
        <translation>Proof speichern</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="658" />
        <location filename="../../printproof/ui/order_screen.py" line="706" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="668" />
        <location filename="../../printproof/ui/order_screen.py" line="719" />
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="678" />
        <source>Proof {number} version {v}</source>
        <translation>Proof {number} Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="693" />
        <source>Job ticket {number}</source>
        <translation>Auftragstasche {number}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="695" />
        <source>Pickup label {number}</source>
        <translation>Abholetikett {number}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="711" />
        <source>Preparing the signed PDF…</source>
        <translation>Signiertes PDF wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="725" />
        <source>Certificate-{number}.pdf</source>
        <translation>Freigabebestaetigung-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="736" />
        <source>E-mail the certificate</source>
        <translation>Freigabebestätigung per E-Mail</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="736" />
        <source>The customer's e-mail address:</source>
        <translation>E-Mail-Adresse des Kunden:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="741" />
        <source>Sending the signed certificate…</source>
        <translation>Die signierte Freigabebestätigung wird gesendet …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="745" />
        <source>Sent to {to}.</source>
        <translation>An {to} gesendet.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="752" />
        <source>Dossier-{number}.pdf</source>
        <translation>Dossier-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="760" />
        <source>Why is this approval void? Both records stay visible, and the order goes back to proofing.</source>
        <translation>Warum ist diese Freigabe ungültig? Beide Einträge bleiben sichtbar, und der Auftrag geht zurück in die Korrektur.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="783" />
        <source>The customer's answer is recorded.</source>
        <translation>Die Antwort des Kunden ist erfasst.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="796" />
        <source>{number} is now: {status}</source>
        <translation>{number} ist jetzt: {status}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="759" />
        <location filename="../../printproof/ui/order_screen.py" line="761" />
        <source>Void the approval</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="243" />
        <source>Customer signs (F5)</source>
        <translation>Kunde unterschreibt (F5)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="244" />
        <source>Show the newest proof to the customer, full screen, to sign</source>
        <translation>Dem Kunden den neuesten Proof im Vollbild zur Unterschrift zeigen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="246" />
        <source>Paper / e-mail / phone…</source>
        <translation>Papier / E-Mail / Telefon…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="248" />
        <source>Record the customer's answer given on a signed paper proof, by e-mail or by phone</source>
        <translation>Die Antwort des Kunden auf einem unterschriebenen Papier-Proof, per E-Mail oder am Telefon erfassen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="773" />
        <source>The approval is void; the order is back in proofing.</source>
        <translation>Die Freigabe ist widerrufen; der Auftrag ist wieder in Korrektur.</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Auftrag {number}</translation>
    </message>
    <message>
        <source>Taking the file off the order…</source>
        <translation>Die Datei wird vom Auftrag genommen…</translation>
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
        <source>Preparing {document}…</source>
        <translation>{document} wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../printproof/ui/orders.py" line="54" />
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="55" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="56" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="57" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="58" />
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="59" />
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../printproof/ui/orders.py" line="107" />
        <source>Search: order number, customer, company, phone, e-mail</source>
        <translation>Suche: Auftragsnummer, Kunde, Firma, Telefon, E-Mail</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="111" />
        <source>All orders</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="114" />
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="115" />
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="134" />
        <location filename="../../printproof/ui/orders.py" line="179" />
        <source>No orders found. Press Ctrl+N to take a new order.</source>
        <translation>Keine Aufträge gefunden. Strg+N legt einen neuen Auftrag an.</translation>
    </message>
</context>
<context>
    <name>OtherApprovalDialog</name>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="36" />
        <source>Approval of {number}, version {v}</source>
        <translation>Druckfreigabe zu {number}, Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="41" />
        <source>Signed paper proof (scan)</source>
        <translation>Unterschriebener Papier-Proof (Scan)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="42" />
        <source>By e-mail (the .eml file)</source>
        <translation>Per E-Mail (die .eml-Datei)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="43" />
        <source>By phone (a note)</source>
        <translation>Telefonisch (Notiz)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="45" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="46" />
        <source>Approved with changes</source>
        <translation>Freigegeben mit Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="47" />
        <source>Changes requested</source>
        <translation>Änderungen gewünscht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="50" />
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="51" />
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="55" />
        <source>Who called, when, what exactly was said</source>
        <translation>Wer hat angerufen, wann, was genau wurde gesagt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="56" />
        <source>One change per line</source>
        <translation>Eine Änderung pro Zeile</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="62" />
        <source>Note of the call</source>
        <translation>Notiz zum Telefonat</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="67" />
        <source>The customer confirmed each point (needed for an approval, with or without changes):</source>
        <translation>Der Kunde hat jeden Punkt bestätigt (nötig für eine Freigabe, mit oder ohne Änderungen):</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="57" />
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="58" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="59" />
        <source>Customer's name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="61" />
        <location filename="../../printproof/ui/other_approval.py" line="99" />
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="63" />
        <source>Changes asked for</source>
        <translation>Gewünschte Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="74" />
        <source>The customer was told of:</source>
        <translation>Dem Kunden wurde mitgeteilt:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="81" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="83" />
        <source>Record approval</source>
        <translation>Freigabe festhalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="101" />
        <source>Scans and e-mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml)</source>
        <translation>Scans und E-Mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>OutsideSettings</name>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="32" />
        <source>E-mail to customers</source>
        <translation>E-Mail an Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="34" />
        <source>e.g. smtp.example.com (empty: no e-mail)</source>
        <translation>z. B. smtp.example.com (leer: keine E-Mail)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="35" />
        <source>e.g. info@druckerei.de</source>
        <translation>z. B. info@druckerei.de</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="36" />
        <source>Trusted time (RFC 3161 timestamps)</source>
        <translation>Vertrauenswürdige Zeit (RFC-3161-Zeitstempel)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="40" />
        <source>With a timestamp authority, certificates and dossiers carry a trusted time, and the audit trail is stamped once a day: evidence that does not rest on this shop's own database.</source>
        <translation>Mit einem Zeitstempeldienst tragen Freigabebestätigungen und Dossiers eine vertrauenswürdige Zeit, und das Protokoll wird täglich gestempelt: Belege, die nicht allein auf der eigenen Datenbank des Betriebs beruhen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="46" />
        <source>https://… (empty: none)</source>
        <translation>https://… (leer: keiner)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="50" />
        <source>-----BEGIN CERTIFICATE----- … (empty: tokens are checked, not their origin)</source>
        <translation>-----BEGIN CERTIFICATE----- … (leer: Zeitstempel werden geprüft, ihre Herkunft nicht)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="52" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="54" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="83" />
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/outside_settings.py" line="83" />
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="223" />
        <source>No photos were taken.</source>
        <translation>Es wurden keine Fotos aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="229" />
        <source>Photo {n} of {count}: {name}</source>
        <translation>Foto {n} von {count}: {name}</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="56" />
        <source>Scan or type the order number, then Enter</source>
        <translation>Auftragsnummer scannen oder eintippen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="68" />
        <source>The approved proof appears here.</source>
        <translation>Hier erscheint der freigegebene Proof.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="109" />
        <source>Hand over – customer signs</source>
        <translation>Übergeben – Kunde unterschreibt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="111" />
        <source>Customer disputes</source>
        <translation>Kunde reklamiert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="113" />
        <source>Decide the complaint (owner)</source>
        <translation>Reklamation entscheiden (Inhaber/in)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="115" />
        <source>Signed approval certificate…</source>
        <translation>Signierte Freigabebestätigung…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="201" />
        <source>{n} pcs</source>
        <translation>{n} Stück</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="207" />
        <source>No approval on record for this order.</source>
        <translation>Für diesen Auftrag liegt keine Druckfreigabe vor.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="208" />
        <source>Not approved yet.</source>
        <translation>Noch nicht freigegeben.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="227" />
        <source>Present: {staff} (workstation {workstation})</source>
        <translation>Anwesend: {staff} (Arbeitsplatz {workstation})</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="229" />
        <source>Recorded by: {staff} (workstation {workstation})</source>
        <translation>Aufgenommen von: {staff} (Arbeitsplatz {workstation})</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="235" />
        <source>proof version {v}, {method}</source>
        <translation>Proof-Version {v}, {method}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="239" />
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="242" />
        <source>Changes the customer asked for:</source>
        <translation>Vom Kunden gewünschte Änderungen:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="243" />
        <source>Version {v}: {text}</source>
        <translation>Version {v}: {text}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="245" />
        <source>Open complaint:</source>
        <translation>Offene Reklamation:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="263" />
        <source>Only the owner decides a complaint (Ctrl+L to switch user).</source>
        <translation>Nur die Inhaberin / der Inhaber entscheidet eine Reklamation (Strg+L: Benutzer wechseln).</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="274" />
        <source>Certificate-{number}.pdf</source>
        <translation>Freigabebestaetigung-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="233" />
        <source>by &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>von &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="234" />
        <source>on {when}</source>
        <translation>am {when}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="221" />
        <source>NOT verified: {problems}</source>
        <translation>NICHT bestätigt: {problems}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="224" />
        <source>Verified: record, signature and proof are unchanged</source>
        <translation>Bestätigt: Datensatz, Unterschrift und Proof sind unverändert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="276" />
        <source>Approval certificate</source>
        <translation>Freigabebestätigung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="276" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="283" />
        <source>Preparing the signed certificate…</source>
        <translation>Die signierte Bestätigung wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="292" />
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="308" />
        <source>Handed over. Thank you!</source>
        <translation>Übergeben. Danke!</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="320" />
        <source>The complaint is recorded; the owner decides it.</source>
        <translation>Die Reklamation ist aufgenommen; die Inhaberin / der Inhaber entscheidet.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="331" />
        <source>The decision is recorded.</source>
        <translation>Die Entscheidung ist festgehalten.</translation>
    </message>
    <message>
        <source>Opening the complaint…</source>
        <translation>Die Reklamation wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="459" />
        <source>New PIN for {name}</source>
        <translation>Neue PIN für {name}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="465" />
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="466" />
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="470" />
        <source>Set PIN</source>
        <translation>PIN setzen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="471" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="478" />
        <source>The two PINs differ; please type them again.</source>
        <translation>Die beiden PINs sind verschieden; bitte noch einmal eingeben.</translation>
    </message>
</context>
<context>
    <name>PressSettings</name>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="36" />
        <source>The press the proofs simulate</source>
        <translation>Die Druckmaschine, die die Proofs simulieren</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="43" />
        <source>Install ICC profile…</source>
        <translation>ICC-Profil installieren…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="45" />
        <source>Use FOGRA39</source>
        <translation>FOGRA39 verwenden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="46" />
        <source>The shipped profile for offset on coated paper</source>
        <translation>Das mitgelieferte Profil für Offsetdruck auf gestrichenem Papier</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="83" />
        <source>Press profile</source>
        <translation>Druckprofil</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="83" />
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC-Profile (*.icc *.icm)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="98" />
        <source>New proofs simulate {name}.</source>
        <translation>Neue Proofs simulieren {name}.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="50" />
        <source>Commercial and tax law (HGB §257, AO §147) keep orders 6 to 10 years.</source>
        <translation>Handels- und Steuerrecht (HGB §257, AO §147) verlangen 6 bis 10 Jahre Aufbewahrung.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="52" />
        <source>Orders past retention</source>
        <translation>Aufträge nach Ablauf der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="57" />
        <source>Erase all listed…</source>
        <translation>Alle aufgeführten löschen …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="63" />
        <source>A customer's data</source>
        <translation>Daten eines Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="66" />
        <source>Order number, e-mail address, full name or #id</source>
        <translation>Auftragsnummer, E-Mail-Adresse, voller Name oder #Nummer</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="70" />
        <source>Export…</source>
        <translation>Ausgeben …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="71" />
        <source>Everything stored about the customer, as one ZIP file</source>
        <translation>Alles, was über den Kunden gespeichert ist, als eine ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="73" />
        <source>Erasure request…</source>
        <translation>Löschantrag …</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="75" />
        <source>Erase now what retention allows; restrict the rest until retention ends</source>
        <translation>Jetzt löschen, was die Aufbewahrungsfrist erlaubt; den Rest bis zum Fristende sperren</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="103" />
        <source>{number} · {customer} · kept until {date}</source>
        <translation>{number} · {customer} · aufbewahrt bis {date}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="108" />
        <source>No order has passed its retention.</source>
        <translation>Bei keinem Auftrag ist die Aufbewahrungsfrist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="115" />
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="117" />
        <source>Erase the names, contacts, signatures, photos, e-mails, artwork and proofs of {n} orders? The records stay verifiable; this cannot be undone.</source>
        <translation>Namen, Kontaktdaten, Unterschriften, Fotos, E-Mails, Druckdaten und Proofs von {n} Aufträgen löschen? Die Datensätze bleiben prüfbar; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="120" />
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="121" />
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="131" />
        <source>Erased: {orders}. A new backup holds no trace; {n} older copies were removed.</source>
        <translation>Gelöscht: {orders}. Eine neue Sicherung enthält keine Spur davon; {n} ältere Kopien wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="147" />
        <location filename="../../printproof/ui/privacy_page.py" line="176" />
        <source>Type the customer's order number, e-mail address or name first.</source>
        <translation>Bitte zuerst Auftragsnummer, E-Mail-Adresse oder Namen des Kunden eingeben.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="150" />
        <source>Export a customer's data</source>
        <translation>Daten eines Kunden ausgeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="161" />
        <source>Written to {path}: {orders} orders, {files} files.</source>
        <translation>Gespeichert in {path}: {orders} Aufträge, {files} Dateien.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="180" />
        <source>Erasure request</source>
        <translation>Löschantrag</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="182" />
        <source>Record that {customer} asks for erasure? Orders past retention are erased now; the others are restricted until their retention ends.</source>
        <translation>Erfassen, dass {customer} die Löschung verlangt? Aufträge nach Ablauf der Frist werden jetzt gelöscht, die übrigen bis zum Fristende gesperrt.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="185" />
        <source>Record the request</source>
        <translation>Antrag erfassen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/privacy_page.py" line="186" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProofViewer</name>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="43" />
        <source>No proof yet – add the customer's artwork, then make a proof.</source>
        <translation>Noch kein Proof – erst Druckdaten hinzufügen, dann Proof erstellen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="50" />
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="51" />
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="52" />
        <source>True size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="55" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="58" />
        <source>Previous page (Page Up)</source>
        <translation>Vorige Seite (Bild ↑)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="60" />
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ↓)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="144" />
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../printproof/ui/dialogs.py" line="25" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="29" />
        <source>The owner's recovery code</source>
        <translation>Wiederherstellungscode der Inhaberin / des Inhabers</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="31" />
        <source>Keep this code safe</source>
        <translation>Diesen Code sicher aufbewahren</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="35" />
        <source>If the owner forgets the PIN or is locked out, this code lets them back in. It is shown only now: print it or write it down, and keep it away from the counter.</source>
        <translation>Wenn die PIN vergessen ist oder die Inhaberin / der Inhaber gesperrt ist, öffnet dieser Code den Zugang wieder. Er wird nur jetzt angezeigt: ausdrucken oder aufschreiben und nicht an der Theke aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="49" />
        <source>I have printed or written down the code</source>
        <translation>Ich habe den Code ausgedruckt oder aufgeschrieben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="52" />
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="55" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="68" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="75" />
        <source>Recovery code of the owner {owner}</source>
        <translation>Wiederherstellungscode von {owner} (Inhaber/in)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="77" />
        <source>Keep this sheet away from the counter. A new code (Settings) makes this one invalid.</source>
        <translation>Dieses Blatt nicht an der Theke aufbewahren. Ein neuer Code (Einstellungen) macht diesen ungültig.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="74" />
        <source>Shop</source>
        <translation>Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="131" />
        <source>standard: PROOF – NOT FOR PRINT</source>
        <translation>Standard: KORREKTUR – NICHT ZUM DRUCK</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="75" />
        <source>Proofs and terms</source>
        <translation>Proofs und Bedingungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="82" />
        <source>Backup and checks</source>
        <translation>Sicherung und Prüfung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="114" />
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="192" />
        <source>standard: the data folder (better: a USB disk or the NAS)</source>
        <translation>Standard: der Datenordner (besser: USB-Platte oder NAS)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="193" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="89" />
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="77" />
        <source>Press and colours</source>
        <translation>Druckmaschine und Farben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="80" />
        <source>E-mail &amp;&amp; timestamp</source>
        <translation>E-Mail &amp;&amp; Zeitstempel</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="81" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="84" />
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="146" />
        <source>New PIN…</source>
        <translation>Neue PIN…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="147" />
        <source>Set a new PIN for the selected person; lifts a lock-out</source>
        <translation>Neue PIN für die ausgewählte Person; hebt eine Sperre auf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="152" />
        <source>The selected person's role</source>
        <translation>Rolle der ausgewählten Person</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="154" />
        <location filename="../../printproof/ui/settings_screen.py" line="257" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="156" />
        <source>New recovery code…</source>
        <translation>Neuer Wiederherstellungscode…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="157" />
        <source>Print a new recovery code for yourself; the old one stops working</source>
        <translation>Einen neuen Wiederherstellungscode für sich selbst drucken; der alte wird ungültig</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="164" />
        <source>Add a staff member</source>
        <translation>Mitarbeiter/in hinzufügen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="167" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="174" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="200" />
        <source>The app backs up once a day and when it closes.</source>
        <translation>Die App sichert einmal am Tag und beim Beenden.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="208" />
        <source>Re-install the protections</source>
        <translation>Schutzmechanismen neu einrichten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="209" />
        <source>Make the database refuse edits of sealed records again</source>
        <translation>Die Datenbank soll Änderungen versiegelter Datensätze wieder verweigern</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="240" />
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="242" />
        <source>locked after wrong PINs</source>
        <translation>nach falschen PINs gesperrt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="257" />
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="278" />
        <source>{name} now works as: {role}</source>
        <translation>{name} arbeitet jetzt als: {role}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="287" />
        <source>{name} can no longer sign in.</source>
        <translation>{name} kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="287" />
        <source>{name} can sign in again.</source>
        <translation>{name} kann sich wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="389" />
        <source>Verified: nothing was altered.</source>
        <translation>Geprüft: nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="396" />
        <source>Altered items found:</source>
        <translation>Veränderte Einträge gefunden:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="406" />
        <source>Re-install the protections?</source>
        <translation>Schutzmechanismen neu einrichten?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="408" />
        <source>The database no longer refuses every edit of sealed records. Re-installing changes no record; the audit trail notes that you did it and what was missing.</source>
        <translation>Die Datenbank verweigert nicht mehr jede Änderung versiegelter Datensätze. Das Neueinrichten ändert keinen Datensatz; das Protokoll vermerkt, dass Sie es getan haben und was fehlte.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="411" />
        <source>Re-install</source>
        <translation>Neu einrichten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="412" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="420" />
        <source>{n} protections re-installed.</source>
        <translation>{n} Schutzmechanismen neu eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="451" />
        <source>{name} has a new PIN; a lock-out is lifted.</source>
        <translation>{name} hat eine neue PIN; eine Sperre ist aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="172" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="88" />
        <source>Only the owner changes settings and staff.</source>
        <translation>Nur Inhaber/innen ändern Einstellungen und Personal.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="201" />
        <source>Verify the whole store</source>
        <translation>Ganze Datenbank prüfen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="337" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="342" />
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="309" />
        <source>Unsaved settings</source>
        <translation>Ungespeicherte Einstellungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="310" />
        <source>You changed settings without saving them.</source>
        <translation>Sie haben Einstellungen geändert, aber nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="311" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="312" />
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="313" />
        <source>Stay here</source>
        <translation>Hier bleiben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="349" />
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="359" />
        <source>Shop logo</source>
        <translation>Logo der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="359" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="373" />
        <source>The logo appears on the next proof.</source>
        <translation>Das Logo erscheint ab dem nächsten Proof.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="380" />
        <source>Checking every record and file…</source>
        <translation>Jeder Datensatz und jede Datei wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="391" />
        <source>{n} records and files checked.</source>
        <translation>{n} Datensätze und Dateien geprüft.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="435" />
        <source>Staff member added.</source>
        <translation>Mitarbeiter/in hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="104" />
        <source>Replace or remove this side's file</source>
        <translation>Datei dieser Seite ersetzen oder entfernen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="108" />
        <source>Replace with another file…</source>
        <translation>Durch eine andere Datei ersetzen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="109" />
        <source>Remove from the order</source>
        <translation>Vom Auftrag entfernen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="114" />
        <source>vector PDF</source>
        <translation>Vektor-PDF</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="125" />
        <source>Ready to print</source>
        <translation>Druckfertig</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../printproof/ui/signin.py" line="171" />
        <source>Who is at the counter?</source>
        <translation>Wer steht an der Theke?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="187" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="195" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="199" />
        <source>Locked out or PIN forgotten? Owner's recovery code…</source>
        <translation>Gesperrt oder PIN vergessen? Wiederherstellungscode…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="207" />
        <source>{shop} – who is at the counter?</source>
        <translation>{shop} – wer steht an der Theke?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="235" />
        <location filename="../../printproof/ui/signin.py" line="264" />
        <source>Pick your name first.</source>
        <translation>Bitte zuerst Ihren Namen wählen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="242" />
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="267" />
        <source>{name} is unlocked; sign in now.</source>
        <translation>{name} ist entsperrt; bitte jetzt anmelden.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../printproof/ui/signature_pad.py" line="33" />
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signature_pad.py" line="34" />
        <source>Please sign here</source>
        <translation>Bitte hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../printproof/ui/common.py" line="269" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="270" />
        <source>Proofing</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="271" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="272" />
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="273" />
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="274" />
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="275" />
        <source>Complaint open</source>
        <translation>Reklamation offen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="276" />
        <source>Complaint resolved</source>
        <translation>Reklamation erledigt</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="92" />
        <source>Unlock with the recovery code</source>
        <translation>Mit dem Wiederherstellungscode entsperren</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="95" />
        <source>The owner's printed recovery code unlocks {name}.</source>
        <translation>Der ausgedruckte Wiederherstellungscode der Inhaberin / des Inhabers entsperrt {name}.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="101" />
        <source>leave empty to keep the PIN</source>
        <translation>leer lassen, um die PIN zu behalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="102" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="103" />
        <source>New PIN (optional)</source>
        <translation>Neue PIN (optional)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="109" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="110" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/recovery.py" line="120" />
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft…</translation>
    </message>
</context>
</TS>
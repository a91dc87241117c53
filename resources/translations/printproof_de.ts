<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ApprovalReceipt</name>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="18" />
        <source>Recorded</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="21" />
        <source>Approved for print</source>
        <translation>Zum Druck freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="22" />
        <source>Approved with changes</source>
        <translation>Freigegeben mit Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="23" />
        <source>Changes requested</source>
        <translation>Änderungen gewünscht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="36" />
        <source>Order {number}, proof version {v}</source>
        <translation>Auftrag {number}, Proof-Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="37" />
        <source>by &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>von &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="38" />
        <source>on {when}</source>
        <translation>am {when}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="41" />
        <source>Changes: {changes}</source>
        <translation>Änderungen: {changes}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/receipt.py" line="49" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="44" />
        <source>No backup yet – set a backup folder in Settings.</source>
        <translation>Noch keine Sicherung – bitte in den Einstellungen einen Sicherungsordner wählen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="47" />
        <source>Last backup {when} – is the backup disk connected?</source>
        <translation>Letzte Sicherung {when} – ist die Sicherungsplatte angeschlossen?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="53" />
        <source>Last backup {when}</source>
        <translation>Letzte Sicherung {when}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/auto_backup.py" line="82" />
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
        <location filename="../../printproof/ui/colour_toggle.py" line="1" />
        <source>Press colours</source>
        <translation>Druckfarben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/colour_toggle.py" line="1" />
        <source>The side as the press prints it (simulated through the press profile)</source>
        <translation>Die Seite, wie die Druckmaschine sie druckt (über das Druckprofil simuliert)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/colour_toggle.py" line="1" />
        <source>Colour warning</source>
        <translation>Farbwarnung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/colour_toggle.py" line="1" />
        <source>Hatched: colours that print visibly different from the screen</source>
        <translation>Schraffiert: Farben, die sichtbar anders drucken als am Bildschirm</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="160" />
        <source>Decide the complaint about {number}</source>
        <translation>Reklamation zu {number} entscheiden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="177" />
        <source>No photos were taken.</source>
        <translation>Es wurden keine Fotos gemacht.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="186" />
        <source>Does the delivery match the approval?</source>
        <translation>Entspricht die Lieferung der Freigabe?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="189" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="190" />
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="191" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="204" />
        <source>Why – in words the customer can follow</source>
        <translation>Begründung – in Worten, die der Kunde versteht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="210" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="212" />
        <source>Record decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="222" />
        <source>Say whether the delivery matches the approval.</source>
        <translation>Bitte angeben, ob die Lieferung der Freigabe entspricht.</translation>
    </message>
</context>
<context>
    <name>Dispute</name>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="39" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="40" />
        <source>Text / typo</source>
        <translation>Text / Tippfehler</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="41" />
        <source>Size / cut</source>
        <translation>Format / Schnitt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="42" />
        <source>Quantity</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="43" />
        <source>Stock / finish</source>
        <translation>Material / Veredelung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="44" />
        <source>Damage</source>
        <translation>Beschädigung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="45" />
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="46" />
        <source>Changed mind</source>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="54" />
        <source>Customer pays and takes it</source>
        <translation>Kunde zahlt und nimmt die Ware</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="55" />
        <source>Reprint at the shop's cost</source>
        <translation>Nachdruck auf Kosten der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="56" />
        <source>Discount</source>
        <translation>Preisnachlass</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="57" />
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="58" />
        <source>New proof at the customer's cost</source>
        <translation>Neuer Proof auf Kosten des Kunden</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="69" />
        <source>Complaint about {number}</source>
        <translation>Reklamation zu {number}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="75" />
        <source>What is the complaint about?</source>
        <translation>Worum geht es bei der Reklamation?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="77" />
        <source>In the customer's words:</source>
        <translation>In den Worten des Kunden:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="81" />
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="87" />
        <source>Webcam…</source>
        <translation>Webcam…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="98" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="100" />
        <source>Record complaint</source>
        <translation>Reklamation aufnehmen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="110" />
        <source>Photos of the delivered product</source>
        <translation>Fotos der gelieferten Ware</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/disputes.py" line="125" />
        <source>webcam-{n}.jpg</source>
        <translation>webcam-{n}.jpg</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../printproof/ui/signin.py" line="39" />
        <source>Welcome to PrintProof</source>
        <translation>Willkommen bei PrintProof</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="40" />
        <source>Set up your shop once. You can change everything later in Settings.</source>
        <translation>Richten Sie Ihre Druckerei einmal ein. Alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="53" />
        <source>Shop name</source>
        <translation>Name der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="54" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="56" />
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="58" />
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="62" />
        <source>Logo (optional)</source>
        <translation>Logo (optional)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="63" />
        <source>Owner's name</source>
        <translation>Name der Inhaberin / des Inhabers</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="64" />
        <source>Owner's PIN (4–12 digits)</source>
        <translation>PIN der Inhaberin / des Inhabers (4–12 Ziffern)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="65" />
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="66" />
        <source>Language of proofs</source>
        <translation>Sprache der Korrekturabzüge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="71" />
        <source>Set up shop</source>
        <translation>Druckerei einrichten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="73" />
        <source>Open the demo shop</source>
        <translation>Demo-Druckerei öffnen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="83" />
        <source>The two PINs differ; please type them again.</source>
        <translation>Die beiden PINs sind verschieden; bitte erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="105" />
        <source>Shop logo</source>
        <translation>Logo der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="116" />
        <source>Preparing the demo shop…</source>
        <translation>Demo-Druckerei wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="245" />
        <source>Hand over {number}</source>
        <translation>{number} übergeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="248" />
        <source>The customer confirms receipt with a signature.</source>
        <translation>Der Kunde bestätigt den Empfang mit seiner Unterschrift.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="256" />
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="258" />
        <source>Confirm receipt</source>
        <translation>Empfang bestätigen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="260" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="47" />
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="48" />
        <source>approved with changes</source>
        <translation>freigegeben mit Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="49" />
        <source>changes requested</source>
        <translation>Änderungen gewünscht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="58" />
        <source>Order taken</source>
        <translation>Auftrag angelegt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="59" />
        <source>Artwork added: {file}</source>
        <translation>Druckdaten hinzugefügt: {file}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="60" />
        <source>Proof version {v} made</source>
        <translation>Proof-Version {v} erstellt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="61" />
        <source>Customer's decision on version {v}: {decision}</source>
        <translation>Entscheidung des Kunden zu Version {v}: {decision}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="64" />
        <source>Approval voided by the owner</source>
        <translation>Freigabe von Inhaber/in widerrufen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="65" />
        <source>Handed over against signature</source>
        <translation>Gegen Unterschrift übergeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="66" />
        <source>Complaint recorded: {category}</source>
        <translation>Reklamation aufgenommen: {category}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="69" />
        <source>Complaint decided: {outcome}</source>
        <translation>Reklamation entschieden: {outcome}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="72" />
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="44" />
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="45" />
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="46" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="62" />
        <source>Switch user (Ctrl+L)</source>
        <translation>Benutzer wechseln (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="78" />
        <source>Store: {store}</source>
        <translation>Datenbank: {store}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="119" />
        <source>Signed in: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Angemeldet: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="181" />
        <source>The store cannot be reached right now: {error}</source>
        <translation>Die Datenbank ist gerade nicht erreichbar: {error}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/main_window.py" line="196" />
        <source>Backing up before closing…</source>
        <translation>Sicherung vor dem Beenden…</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../printproof/ui/orders.py" line="177" />
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="187" />
        <source>Other product…</source>
        <translation>Anderes Produkt…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="209" />
        <source>Customer *</source>
        <translation>Kunde *</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="210" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="211" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="212" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="213" />
        <source>Product preset</source>
        <translation>Produktvorlage</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="214" />
        <source>Product *</source>
        <translation>Produkt *</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="218" />
        <source>Finished size (W × H)</source>
        <translation>Endformat (B × H)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="219" />
        <source>Bleed</source>
        <translation>Beschnittzugabe</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="220" />
        <source>Quantity</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="221" />
        <source>Stock</source>
        <translation>Papier / Material</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="222" />
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="223" />
        <source>Finishing</source>
        <translation>Veredelung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="224" />
        <source>Due date</source>
        <translation>Liefertermin</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="230" />
        <source>Take order</source>
        <translation>Auftrag anlegen</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="132" />
        <source>← Orders</source>
        <translation>← Aufträge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="133" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="152" />
        <source>Artwork</source>
        <translation>Druckdaten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="156" />
        <source>Add artwork…</source>
        <translation>Druckdaten hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="176" />
        <source>Make proof</source>
        <translation>Proof erstellen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="177" />
        <source>Ctrl+M</source>
        <translation>Strg+M</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="183" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="187" />
        <source>Approval received otherwise…</source>
        <translation>Freigabe auf anderem Weg…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="189" />
        <source>Show to customer &amp;&amp; sign</source>
        <translation>Kunde prüft &amp;&amp; unterschreibt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="190" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="192" />
        <source>Print proof…</source>
        <translation>Proof drucken…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="194" />
        <source>Save proof as PDF…</source>
        <translation>Proof als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="196" />
        <source>Approval certificate…</source>
        <translation>Freigabebestätigung…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="198" />
        <source>Dossier (owner)…</source>
        <translation>Dossier (Inhaber/in)…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="200" />
        <source>Void the approval (owner)…</source>
        <translation>Freigabe widerrufen (Inhaber/in)…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="221" />
        <source>Proof versions</source>
        <translation>Proof-Versionen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="222" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="235" />
        <source>Drop the customer's files anywhere here (PDF, TIFF, PNG, JPEG).</source>
        <translation>Dateien des Kunden einfach hier hineinziehen (PDF, TIFF, PNG, JPEG).</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="259" />
        <source>Order {number} · {customer}</source>
        <translation>Auftrag {number} · {customer}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="269" />
        <source>bleed {mm} mm</source>
        <translation>Anschnitt {mm} mm</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="270" />
        <source>{n} pcs</source>
        <translation>{n} Stück</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="275" />
        <source>due {date}</source>
        <translation>Termin {date}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="295" />
        <source>No artwork yet – drop the customer's files here.</source>
        <translation>Noch keine Druckdaten – Dateien des Kunden hier hineinziehen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="300" />
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="301" />
        <source>approved with changes</source>
        <translation>freigegeben mit Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="302" />
        <source>changes requested</source>
        <translation>Änderungen gewünscht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="303" />
        <source>approval voided</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="306" />
        <source>Version {v} · {when} · {who}</source>
        <translation>Version {v} · {when} · {who}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="310" />
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="310" />
        <source>NOT verified</source>
        <translation>NICHT bestätigt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="365" />
        <source>Start production</source>
        <translation>Produktion starten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="366" />
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="385" />
        <source>Customer's artwork</source>
        <translation>Druckdaten des Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="406" />
        <source>Reading artwork…</source>
        <translation>Druckdaten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="408" />
        <source>Added {files}.</source>
        <translation>Hinzugefügt: {files}.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="416" />
        <source>Making the proof…</source>
        <translation>Proof wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="419" />
        <source>Proof version {v} is ready.</source>
        <translation>Proof-Version {v} ist fertig.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="458" />
        <source>Save proof</source>
        <translation>Proof speichern</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="467" />
        <location filename="../../printproof/ui/order_screen.py" line="498" />
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="477" />
        <source>Proof {number} version {v}</source>
        <translation>Proof {number} Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="491" />
        <source>Preparing the signed PDF…</source>
        <translation>Signiertes PDF wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="504" />
        <source>Approval-certificate</source>
        <translation>Freigabebestaetigung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="509" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="517" />
        <source>Void the approval</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="517" />
        <source>Why is this approval void? Both records stay visible.</source>
        <translation>Warum ist diese Freigabe ungültig? Beide Einträge bleiben sichtbar.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="528" />
        <source>The approval is void; the order is back in proofing.</source>
        <translation>Die Freigabe ist widerrufen; der Auftrag ist wieder in Korrektur.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="540" />
        <source>The approval is recorded.</source>
        <translation>Die Druckfreigabe ist festgehalten.</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../printproof/ui/orders.py" line="51" />
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="52" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="53" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="55" />
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="56" />
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../printproof/ui/orders.py" line="103" />
        <source>Search: order number, customer, company, phone, e-mail</source>
        <translation>Suche: Auftragsnummer, Kunde, Firma, Telefon, E-Mail</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="107" />
        <source>All orders</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="110" />
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="111" />
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/orders.py" line="128" />
        <source>No orders found. Press Ctrl+N to take a new order.</source>
        <translation>Keine Aufträge gefunden. Strg+N legt einen neuen Auftrag an.</translation>
    </message>
</context>
<context>
    <name>OtherApprovalDialog</name>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="35" />
        <source>Approval of {number}, version {v}</source>
        <translation>Druckfreigabe zu {number}, Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="40" />
        <source>Signed paper proof (scan)</source>
        <translation>Unterschriebener Papier-Proof (Scan)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="41" />
        <source>By e-mail (the .eml file)</source>
        <translation>Per E-Mail (die .eml-Datei)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="42" />
        <source>By phone (a note)</source>
        <translation>Telefonisch (Notiz)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="44" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="45" />
        <source>Approved with changes</source>
        <translation>Freigegeben mit Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="46" />
        <source>Changes requested</source>
        <translation>Änderungen gewünscht</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="49" />
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="50" />
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="55" />
        <source>Phone: who called, when, what exactly was said</source>
        <translation>Telefon: wer hat wann angerufen, was genau wurde gesagt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="59" />
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="60" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="61" />
        <source>Customer's name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="62" />
        <location filename="../../printproof/ui/other_approval.py" line="86" />
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="63" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="64" />
        <source>Changes asked for</source>
        <translation>Gewünschte Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="66" />
        <source>The customer confirmed each point:</source>
        <translation>Der Kunde hat jeden Punkt bestätigt:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="74" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="76" />
        <source>Record approval</source>
        <translation>Freigabe festhalten</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="88" />
        <source>Scans and e-mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml)</source>
        <translation>Scans und E-Mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/other_approval.py" line="1" />
        <source>The customer was told of:</source>
        <translation>Dem Kunden wurde mitgeteilt:</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="31" />
        <source>signed on screen</source>
        <translation>am Bildschirm unterschrieben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="32" />
        <source>signed paper proof</source>
        <translation>unterschriebener Papier-Proof</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="33" />
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="34" />
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="45" />
        <source>Scan or type the order number, then Enter</source>
        <translation>Auftragsnummer scannen oder eintippen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="78" />
        <source>Hand over – customer signs</source>
        <translation>Übergeben – Kunde unterschreibt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="80" />
        <source>Customer disputes</source>
        <translation>Kunde reklamiert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="82" />
        <source>Decide the complaint (owner)</source>
        <translation>Reklamation entscheiden (Inhaber/in)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="87" />
        <source>Signed approval certificate…</source>
        <translation>Signierte Freigabebestätigung…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="132" />
        <source>{n} pcs</source>
        <translation>{n} Stück</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="138" />
        <source>No approval on record for this order.</source>
        <translation>Für diesen Auftrag liegt keine Druckfreigabe vor.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="139" />
        <source>Not approved yet.</source>
        <translation>Noch nicht freigegeben.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="154" />
        <source>Approved for print</source>
        <translation>Zum Druck freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="155" />
        <source>Approved with changes</source>
        <translation>Freigegeben mit Änderungen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="159" />
        <source>by &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>von &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="160" />
        <source>on {when}</source>
        <translation>am {when}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="161" />
        <source>proof version {v} ({method})</source>
        <translation>Proof-Version {v} ({method})</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="162" />
        <source>present: {staff} at {workstation}</source>
        <translation>anwesend: {staff} an {workstation}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="171" />
        <source>NOT verified: {problems}</source>
        <translation>NICHT bestätigt: {problems}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="174" />
        <source>Verified: record, signature and proof are unchanged</source>
        <translation>Bestätigt: Datensatz, Unterschrift und Proof sind unverändert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="177" />
        <source>Changes asked for along the way:</source>
        <translation>Unterwegs gewünschte Änderungen:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="202" />
        <source>Approval certificate</source>
        <translation>Freigabebestätigung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="213" />
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="218" />
        <source>Handed over. Thank you!</source>
        <translation>Übergeben. Danke!</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="226" />
        <source>The complaint is recorded; the owner decides it.</source>
        <translation>Die Reklamation ist aufgenommen; die Inhaberin / der Inhaber entscheidet.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/pickup_screen.py" line="237" />
        <source>The decision is recorded.</source>
        <translation>Die Entscheidung ist festgehalten.</translation>
    </message>
</context>
<context>
    <name>PresentDialog</name>
    <message>
        <location filename="../../printproof/ui/present.py" line="41" />
        <source>Proof {number} – version {v}</source>
        <translation>Proof {number} – Version {v}</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="48" />
        <source>Please check your proof carefully</source>
        <translation>Bitte prüfen Sie Ihren Korrekturabzug sorgfältig</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="66" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="75" />
        <source>Undo stroke</source>
        <translation>Letzten Strich zurück</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="77" />
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="84" />
        <source>Changes the customer asks for (one per line)</source>
        <translation>Änderungswünsche des Kunden (eine pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="91" />
        <source>Approve for print</source>
        <translation>Zum Druck freigeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="93" />
        <source>Approve with these changes</source>
        <translation>Mit diesen Änderungen freigeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="95" />
        <source>Ask for changes</source>
        <translation>Änderungen wünschen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="101" />
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/present.py" line="1" />
        <source>Please confirm each of these points:</source>
        <translation>Bitte bestätigen Sie jeden dieser Punkte:</translation>
    </message>
</context>
<context>
    <name>PressSettings</name>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Press and colours</source>
        <translation>Druckmaschine und Farben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Install ICC profile…</source>
        <translation>ICC-Profil installieren…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Use FOGRA39</source>
        <translation>FOGRA39 verwenden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>The shipped profile for offset on coated paper</source>
        <translation>Das mitgelieferte Profil für Offsetdruck auf gestrichenem Papier</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Relative colorimetric</source>
        <translation>Relativ farbmetrisch</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Perceptual</source>
        <translation>Wahrnehmungsorientiert</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Absolute colorimetric</source>
        <translation>Absolut farbmetrisch</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Black-point compensation</source>
        <translation>Tiefenkompensierung</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Press profile</source>
        <translation>Druckprofil</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>RGB artwork converted</source>
        <translation>RGB-Daten umgewandelt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>Total ink limit</source>
        <translation>Gesamtfarbauftrag höchstens</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC-Profile (*.icc *.icm)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/press_settings.py" line="1" />
        <source>New proofs simulate {name}.</source>
        <translation>Neue Proofs simulieren {name}.</translation>
    </message>
</context>
<context>
    <name>ProofViewer</name>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="24" />
        <source>No proof yet – add the customer's artwork, then make a proof.</source>
        <translation>Noch kein Proof – erst Druckdaten hinzufügen, dann Proof erstellen.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="35" />
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="36" />
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="37" />
        <source>True size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/proof_viewer.py" line="87" />
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="35" />
        <source>Shop</source>
        <translation>Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="44" />
        <source>standard: PROOF – NOT FOR PRINT</source>
        <translation>Standard: KORREKTUR – NICHT ZUM DRUCK</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="50" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="58" />
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="63" />
        <source>Shop name</source>
        <translation>Name der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="64" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="65" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="66" />
        <source>Language of proofs</source>
        <translation>Sprache der Korrekturabzüge</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="68" />
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="71" />
        <source>Language of this workstation (after restart)</source>
        <translation>Sprache dieses Arbeitsplatzes (nach Neustart)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="72" />
        <source>Watermark</source>
        <translation>Wasserzeichen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="73" />
        <source>Proof resolution</source>
        <translation>Auflösung im Proof</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="74" />
        <source>Lock when idle after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="77" />
        <source>standard: the data folder (better: a USB disk or the NAS)</source>
        <translation>Standard: der Datenordner (besser: USB-Platte oder NAS)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="78" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="85" />
        <source>Backup folder, copies kept</source>
        <translation>Sicherungsordner, Anzahl Kopien</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="86" />
        <source>Terms (German)</source>
        <translation>Bedingungen (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="87" />
        <source>Terms (English)</source>
        <translation>Bedingungen (Englisch)</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="91" />
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="96" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="100" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="103" />
        <source>Counter staff</source>
        <translation>Thekenpersonal</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="104" />
        <source>Designer</source>
        <translation>Grafiker/in</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="105" />
        <source>Owner</source>
        <translation>Inhaber/in</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="109" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="111" />
        <source>Add staff member</source>
        <translation>Mitarbeiter/in hinzufügen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="115" />
        <source>Only the owner changes settings and staff.</source>
        <translation>Nur Inhaber/innen ändern Einstellungen und Personal.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="116" />
        <source>Verify the whole store</source>
        <translation>Ganze Datenbank prüfen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="164" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="167" />
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="175" />
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="185" />
        <source>Shop logo</source>
        <translation>Logo der Druckerei</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="199" />
        <source>The logo appears on the next proof.</source>
        <translation>Das Logo erscheint ab dem nächsten Proof.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="206" />
        <source>Checking every record and file…</source>
        <translation>Jeder Datensatz und jede Datei wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="212" />
        <source>✔ Verified: nothing was altered.</source>
        <translation>✔ Bestätigt: nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="214" />
        <source>{n} records and files checked.</source>
        <translation>{n} Datensätze und Dateien geprüft.</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="219" />
        <source>⛔ Altered items found:</source>
        <translation>⛔ Veränderte Einträge gefunden:</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/settings_screen.py" line="234" />
        <source>Staff member added.</source>
        <translation>Mitarbeiter/in hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="97" />
        <source>vector PDF</source>
        <translation>Vektor-PDF</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/order_screen.py" line="108" />
        <source>✓ Ready to print</source>
        <translation>✓ Druckfertig</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../printproof/ui/signin.py" line="134" />
        <source>Who is at the counter?</source>
        <translation>Wer steht an der Theke?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="147" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="154" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="161" />
        <source>{shop} – who is at the counter?</source>
        <translation>{shop} – wer steht an der Theke?</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/signin.py" line="178" />
        <source>Pick your name first.</source>
        <translation>Bitte zuerst Ihren Namen wählen.</translation>
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
        <location filename="../../printproof/ui/signature_pad.py" line="146" />
        <source>Please sign here</source>
        <translation>Bitte hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../printproof/ui/common.py" line="96" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="97" />
        <source>Proofing</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="98" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="99" />
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="100" />
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="101" />
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="102" />
        <source>Complaint open</source>
        <translation>Reklamation offen</translation>
    </message>
    <message>
        <location filename="../../printproof/ui/common.py" line="103" />
        <source>Complaint resolved</source>
        <translation>Reklamation erledigt</translation>
    </message>
</context>
</TS>
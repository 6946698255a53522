<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AdultsRegister</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdultsRegisterPages</name>
    <message>
        <source>Adults register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>head and face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right shoulder blade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChronologyDocument</name>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the child: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernLabels</name>
    <message>
        <source>%1 (alleged harmer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (witness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by the DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPages</name>
    <message>
        <source>Roster import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>When it happened: give a date, even approximate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: describe what was seen or heard, as facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is not one of direct, submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern can be recorded only in your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by: there is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by: give the reporter&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on: give the date of the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes: say what the review found and what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern user: there is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair of governors keeps the headteacher&apos;s entry. Record a concern about the headteacher as a concern &quot;about the headteacher&quot;; it goes to the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of governors keeps only the headteacher&apos;s entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: adult %1 has no leaving date. Low-level concerns are kept at least until the adult leaves (KCSIE); record the leaving date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: adult %1&apos;s records are not due for deletion until %2 (%3 month(s) after leaving).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: a LADO consultation about adult %1 found an allegation or led to a police referral; those records follow the retention for allegations, not for low-level concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention after leaving (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no adult %1 in the register you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no low-level concern %1 in the register you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult %1 has no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the adult&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on: not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-level concern %1 has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted on: give the date of the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted on: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LADO: give the name of the LADO consulted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: record what the LADO advised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns: every concern about this adult has already been considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns: %1 is not a concern about this adult still to be considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date Lantern understands. Write it as 2026-03-05, 2026-03-05 14:03, or 2026-03 or 2026 when only the month or year is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored date (%1) does not match its precision (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date and time: write it as YYYY-MM-DD HH:MM (UK time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the disk is full. The previous version is unchanged; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 (%2). The previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but could not flush its folder to disk (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1: %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it was made by a newer version of Lantern (format %2). Update Lantern on this computer, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json: slot %1 has been altered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A master key of %1 bytes cannot be stored in a key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its public key is not one a key can be sealed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not make a key pair for a key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its public key does not match its secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sealed key does not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sealed previous key does not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 bytes long (expected %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key-derivation algorithm &quot;%1&quot; is not supported (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the salt is %1 bytes long (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key-derivation pass count %1 is outside the accepted range %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key-derivation memory size of %1 bytes is outside the accepted range %2–%3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set aside %1 MiB of memory to check the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key contains a character that recovery keys never use. They use only the digits 0–9 and the letters A–Z (never U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key has %2 characters; every group has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters (%3 in all); this one has %4 characters in %5 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: check it against the printed key, character by character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate protected memory for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library (libsodium) failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the referral pack: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; in the referral pack %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; appears more than once in the referral pack (names that differ only in capitals count as the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral pack has no %1; every pack needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read back the referral pack built in memory (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read back the referral pack built in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase may not contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of libzip cannot encrypt with AES-256, so an encrypted referral pack cannot be made. Install libzip with its crypto back end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the referral pack in memory (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encrypt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compress and encrypt the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral pack is encrypted: give the passphrase the sender told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: heading level must be 1 or 2, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a table needs column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: table row %1 has %2 cells but the table has %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: table column weights must be one positive number per column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the PDF for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s destination is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add page %1 to the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: percentages are between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral pack is not ready. Fix each of these, or give a reason to proceed without it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: give both a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pupil with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 is not kept with this pupil or with a concern of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: give a start date on or before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child&apos;s voice is recorded in the period: record what the child said, or say why it could not be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lawful basis for sharing is given (UK GDPR Article 6, e.g. 6(1)(e) public task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision on consent is recorded: say whether consent was sought, and if not why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was not sought but no reason is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology has no entries in the period: widen the period or add the events the receiving team should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not recorded whether the parents or carers know about the referral, and if not why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents or carers are not aware of the referral but no reason is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preflight check; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for proceeding without %1 is empty; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field starts with a quote (&quot;) that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a roster CSV needs a header row naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header has no UPN column; the import matches pupils by UPN, so every row needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of the XML (line %1): was it cut short?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no XML in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is encoded as %1, not UTF-8 (line %2): save it as UTF-8 from your MIS and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the &lt;%2&gt; element is nested too deeply or holds too much to be a pupil&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text of &lt;%2&gt; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or the roll changed since the dry run, so nothing was imported: run the dry run again and check its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 appears more than once in the file (first on line %2); each UPN is one child&apos;s, so neither row is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 appears more than once in the file (again on line %2); each UPN is one child&apos;s, so neither row is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN is missing: the import matches pupils by UPN, so every row needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be in the future (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The involvement&apos;s end date (%1) is before its start date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The involvement&apos;s end date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no involvement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement %1 already ended on %2; an end date is recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment belongs to either a pupil or a concern: name exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2, larger than the %3 an attachment may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s file name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export path is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 does not match the SHA-256 recorded when it was added; it was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to export the audit log to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chronology entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology entry %1 was placed by a %2; amend the %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology entry %1 has already been amended (by entry %2); amend the newer entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: say when it happened (the month is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is in the future; the chronology records what has happened (today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a chronology entry type; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: say what happened; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no concern %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern %1 has a status Lantern does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: there is no pupil %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern %1 has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pupil %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: a new concern is triaged by recording a decision on it, with its reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: a concern that is %1 cannot be made %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: say why the closed concern is being reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil has the UPN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say when it happened (a year or month is enough if that is all you know).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is after today; a concern records something that has already happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: name at least one child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: a child is named without a pupil record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: the same child is named twice; give each child once, with one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: at least one child must be the subject of the concern (the child it is about).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of harm: &quot;%1&quot; is not a category Lantern knows (see `lantern-cli concern categories`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of harm: choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: write what was seen and heard, as facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map, mark %1: the position across must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map, mark %1: the position down must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored body map is not a list of marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored body-map mark has no side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: choose what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: &quot;%1&quot; is not an outcome Lantern knows; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: a decision needs its reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents informed: say why the parents have %1 been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date: not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date: %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting on %1 has not happened yet, so it cannot have an outcome: record the outcome after the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child protection plan needs its category of abuse (category): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of abuse (category) &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no category of abuse (category): only child protection plans do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s start date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s start date (%1) cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s end date (%1) must be between its start date and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s end date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 already ended on %2; a plan ends once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s end date (%1) is before its start date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s end date (%1) cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil has id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact relationship is required (for example Mother, Grandfather, Foster carer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email “%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact priority must be 1 or more (1 is contacted first), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship “%1” is not one Lantern links: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil cannot be linked to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pupils are already linked (as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not one of the codes: use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal forename is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal surname is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN is missing: give the pupil&apos;s UPN, or a reason it is unknown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 already belongs to another pupil on the roll; each UPN is one child&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth %1 is in the future (today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth %1 makes the pupil under %2 years old today (%3); check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth %1 makes the pupil %2 years old today (%3); Lantern keeps pupils aged %4 to %5, so check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission date %1 is before the date of birth %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date %1 is before the date of birth %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date %1 is before the admission date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN status “%1” is not valid: use N (no special educational need), K (SEN support) or E (education, health and care plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN need type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: type at least one word, name or UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date (%1) must be after the referral date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement time cannot be before the referral was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the referral went to (to whom) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the referral was made is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN “%1” must be the school&apos;s 6-digit unique reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA code “%1” must be the local authority&apos;s 3-digit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding contact role “%1” is not valid: use dsl or deputy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding contact name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safeguarding contact has id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child&apos;s voice entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s voice entry %1 has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: say when the child&apos;s voice was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is in the future (today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: &quot;%1&quot; is not a way of capturing the child&apos;s voice; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: record what the child said, wrote, drew or showed; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code list %1 is missing from this build of Lantern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header must name the code column first and have a &quot;label&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields, found %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: code %3 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sex code given: use U when it is unknown or not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a sex code: codes are upper case (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a sex code: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ethnicity code given: use NOBT when it has not been obtained, or REFU when it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ethnicity code: codes are upper case (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a DfE ethnicity code: use one of the %2 main codes (such as WBRI) or an extended code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm category &quot;%1&quot; in %2.csv %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no CIN factor code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names CIN factor code %1, which is not in %2.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names CIN factor code %1, which is no longer in use (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NHS number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1: “%2” is not a digit. An NHS number is 10 digits, often written with spaces as 943 476 5919.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1 must be 10 digits; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1 cannot be right: no NHS number starts with the digits %2. Check it was copied correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1 fails its check: with these first nine digits the last digit would be %2, not %3. Check it was copied correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test-range NHS number has index %1: the index must be from 0 to about 909,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPN&apos;s %1 must be from %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPN is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 must be 13 characters; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 must start with a letter (its check letter), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1: character %2 is “%3”, but characters 2 to 12 must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 ends in “%2”; a temporary UPN may end in any letter except I, O or S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 ends in “%2”; the last character must be a digit (or a letter, in a temporary UPN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1: the check letter should be %2, not %3. Check the UPN was copied correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1: %2 is not a local authority number the DfE uses, so the UPN may be made up or mistyped, though its check letter is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary UPN ends in a capital letter other than I, O or S, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query has no parameter named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to continue: the new database file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to open the vault: the database library is not SQLCipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or has been tampered with: its integrity check failed. Restore it from a backup; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full while %2. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or has been tampered with (while %2). Restore it from a backup; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not access %1 while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the records: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Lantern (schema %1; this program understands up to %2). Install the newer Lantern to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than any submission can be (over 8 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: it is the same submission (%1) as %2, met earlier in this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tampered or not for this vault: this vault has never published a submission profile, so nothing can have been sealed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tampered or not for this vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forged: it is signed with a key (%1) this vault never enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forged: its signature is not that of the key it names (%1, enrolled for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forged: it names the key %1 and the user %2 but is signed with %3&apos;s key %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made for another vault (%1), not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed with %1&apos;s key %2, which was revoked on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled, so their submissions are no longer accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replayed: submission %1 was already imported on %2 (%3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not acceptable: &quot;%1&quot; is not a role in school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not acceptable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1 names %2 child(ren); there is no child %3 to choose for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: there is no pupil %1 on the roll to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: no inbox folder is set for this vault; name one (--inbox FOLDER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: the folder %1 cannot be found (is the shared drive connected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission file left to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import of the inbox was begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1 is not waiting in the inbox %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2&apos;s staff key; choose an empty folder for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a designated safeguarding lead gives staff keys: the folder carries the names of the children on roll out of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled; a disabled user cannot be given a staff key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not someone who records concerns, so needs no staff key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1&apos;s staff key is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signing key does not match its public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes long (expected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the staff key and the submission profile belong to different schools&apos; vaults; ask the DSL to enrol you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: a child is named without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult&apos;s name: name the adult the concern is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in school: &quot;%1&quot; is not staff, supply, volunteer or contractor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: write what happened, as facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s inbox folder %1 cannot be reached (is the shared drive connected?). Nothing was sent; try again when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list &quot;%1&quot; holds something other than text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submission id is not 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time it was made is not a UTC time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of submission Lantern knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role is not subject, alleged-harmer or witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission profile&apos;s public key is %1 bytes long (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission profile&apos;s public key is not one a submission can be sealed to; ask the DSL for a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Lantern submission file (its first bytes are not Lantern&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short to hold a sealed submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal does not open: the file was changed after it was sealed, or it was sealed for another school&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Lantern signed submission of a version this Lantern reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is %1 bytes long (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not make the vault&apos;s key pair for staff submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db: the vault&apos;s key pair for staff submissions has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is %1 bytes long (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint does not match the public key; the profile was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: &quot;%1&quot; is not a folder. Make the shared folder first, then name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has no name yet; set it first (lantern-cli school set --name …), so staff can see which school they are sending to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: no inbox folder is set; name the shared folder staff submissions go into (--inbox FOLDER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost.Locale has no ICU backend on this system, so Lantern cannot sort names or build search keys. Install a Boost.Locale built with ICU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost.Locale could not create the en_GB locale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost.Locale did not create a UTF-8 en_GB locale backed by ICU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only designated safeguarding lead who can sign in: make another user a DSL first, or nobody could read the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable the account you are signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can already sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role: ask another DSL or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery role cannot be given to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: enable the account with a new password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cipher settings are not the ones Lantern uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is not password or recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no keyslots.json (expected at %1), so it cannot be opened. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;format&quot; field is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Lantern (format version %2). Update Lantern to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version %1 is not one Lantern ever wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;slots&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another slot already has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another slot already belongs to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key slot with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the lock file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was left locked by process %1, which is no longer running (Lantern may have stopped unexpectedly). Clear the stale lock with `lantern-cli lock clear VAULT` and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open in another Lantern (process %1 on %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the lock file %1: the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock is held by process %1 on %2, which is still running; it was not cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is not valid: use 1–64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;recovery&quot; is reserved for the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s display name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least 10 characters (a passphrase of several words is easiest to remember).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot; in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been disabled in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a DSL, an administrator or the recovery key can %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json: the key slot of &quot;%1&quot; has been altered (its public key is not the one this vault issued). Nothing was changed; restore keyslots.json from a backup or remove that user and add them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key slot for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json: key slot does not belong to this user: the slot under the name &quot;%1&quot; was renamed, swapped, given another role or copied from elsewhere. Nothing was opened; restore keyslots.json from a backup or ask a DSL to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot cannot be made without a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment: say why the record is being changed; the original stays readable beside the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment: nothing was changed; the new version would be the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads pupil records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the adults register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads concerns about the headteacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a designated safeguarding lead or the recovery key can %1: the %2 role %3, and an administrator may not give anyone that access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot has no role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wrap version %1 is not one Lantern ever wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generation %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was replaced by %1 at %2 (UTC). If you did not expect this, find out why: whoever holds it can add a DSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key was made by %1 at %2 (UTC). If you did not expect this, find out why: whoever holds it can add a DSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery key. A designated safeguarding lead can make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json has been altered: its slots are not the ones this vault last wrote (a slot added, removed or changed by hand). Nothing was opened; restore keyslots.json from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json is older than the vault (generation %1, expected %2): restore the keyslots.json saved with this records.db (a backup of the whole vault folder from one moment), not an older copy. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a designated safeguarding lead or a recovery-key session can make or replace the recovery key: whoever holds it can add a DSL and read every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff key %1 in the vault is not a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the roster cannot be opened with your staff key; it was altered. Ask the DSL to enrol you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission profile&apos;s roster was not sealed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nonce is %1 bytes long (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged harmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordConcern</name>
    <message>
        <source>&amp;Record a concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a concern…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPages</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePages</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My concerns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdminPages</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultConcernDialog</name>
    <message>
        <source>Record a low-level concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend a low-level concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response or action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-report: the adult reported this themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withhold the reporter&apos;s name from the adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold the reporter&apos;s name from the adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened (facts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse or action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the record is being corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultConcernsModel</name>
    <message>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withheld from the adult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered with the LADO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LADO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultDetailsDialog</name>
    <message>
        <source>Add an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend an adult&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole in school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add adult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultReviewDialog</name>
    <message>
        <source>Review a low-level concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultsFormDialog</name>
    <message>
        <source>Role in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultsRegisterPage</name>
    <message>
        <source>Adults register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-level concerns about the headteacher. Only the chair of governors sees these; the headteacher and the DSL team do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-level concerns about adults who work in or for the school (Keeping Children Safe in Education). Concerns about the headteacher are kept by the chair of governors and are not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-level concerns about the selected adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult&apos;s de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the adult&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a low-level concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LADO consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a LADO consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults register settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncerns about the selected adult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s) have a pattern of low-level concerns. Consider whether together they meet the harm threshold and whether the LADO should be consulted; record the consultation to clear the prompt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Records due for deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultsRetentionDialog</name>
    <message>
        <source>Low-level concerns about an adult are due for deletion once the adult has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Low-level concerns are due for deletion %n month(s) after the adult leaves.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is deleted until you delete it here. Records that a LADO consultation found to be an allegation or a police matter follow the retention for allegations and are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults whose records are due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adults whose records are due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records are due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected adult&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete everything recorded about %1: their entry in the register, %n low-level concern(s) with every version, the reviews and any LADO consultation.

This cannot be undone. The audit log keeps a record that the records were deleted and under which rule, but not who the adult was or what the concerns said.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1&apos;s records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s records were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultsRetentionModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultsSettingsDialog</name>
    <message>
        <source>Adults register settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns that make a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern period in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months kept after the adult leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KCSIE: low-level concern records are kept at least until the adult leaves their employment. Deletion is always an explicit retention action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns that make a &amp;pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep after leaving (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AdultsTableModel</name>
    <message>
        <source>%1 (headteacher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider the harm threshold and the LADO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AmendmentDialog</name>
    <message>
        <source>Amend concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, which this replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version this replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen and heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;seen and heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Immediate action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the record is being corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed: edit the new version before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment: say why the record is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action, or the start of one (user.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil name or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any pupil; type a name or UPN and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pupil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked since unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries were written to %1. The file is not encrypted: keep it as safely as the records it describes, and delete it when the inspection is over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken at entry %1: %2. Keep the vault as it is and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::BodyMapCanvas</name>
    <message>
        <source>Body outline, front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where a mark was seen to add it. Without a mouse, use Place and Add mark beside the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <comment>the child&apos;s right</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <comment>the child&apos;s left</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::BodyMapModel</name>
    <message>
        <source>Front, near the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back, near the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no note yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::BodyMapWidget</name>
    <message>
        <source>Click the outline where a mark was seen, or choose a place and add a mark. Give each mark a note: size, colour, shape, what the child said about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place for a new mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mark at the chosen place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks on the body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the selected mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bruise about 3 cm, yellow-green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::CategoryPicker</name>
    <message>
        <source>Filter the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, e.g. neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ChooseChildDialog</name>
    <message>
        <source>legal name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent this concern (file %2). Staff name children by name and year group only, and the roll does not settle who is meant. Choose the pupil for each child below; the choice is recorded in the audit log with the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import with these pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the concern with the pupils chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the concern in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the roll for child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the roll by name or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils who could be child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1, %2: no pupil on the roll has this name. Search the roll for the child meant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1, %2: %3 pupils on the roll fit. Which one is meant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil for child %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ChosenChildrenModel</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part in the concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ChronologyFilterModel</name>
    <message>
        <source>significant entries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including superseded entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ChronologyModel</name>
    <message>
        <source>[Superseded] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ChronologyTab</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Significant only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant entries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show s&amp;uperseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show superseded entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries replaced by an amendment, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chronology as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ConcernForm</name>
    <message>
        <source>Record a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. playground, Year 5 classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter the list, then tick one or more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw and heard, as facts: who, what, where, when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what the child said, in their words, even if it is rude or unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s e&amp;xact words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did straight away, e.g. told the DSL in person, first aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Immediate action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the concern and send it to the DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends the concern · Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter records the concern · Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have a written note or a photo, give it to the DSL with this concern; they will add it to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fil&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans or photos, stored inside the vault once the concern is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be recorded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concern has not been recorded. If you discard it, what you wrote is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern was recorded. These files could not be attached; give them to the DSL instead:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ConcernHistoryDialog</name>
    <message>
        <source>History of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version is kept; the newest is the record as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ConcernHistoryTab</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen and heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Body map: %n mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::DocumentsTab</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ExportProgress</name>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the record and drawing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing and writing the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written and nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::FamilyTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siblings and linked children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens a child&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::FlagBadges</name>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::Flags</name>
    <message>
        <source>Child protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, health and care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::FormDialog</name>
    <message>
        <source>Discard what you wrote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ImportChangeModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ImportRejectionModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::InboxImportDialog</name>
    <message>
        <source>Import staff submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 file(s) done: %3 imported, %4 rejected (moved to rejected/), %5 held in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child a held concern means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::InboxImportModel</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern about an adult, from %1 (in the adults register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::InboxModel</name>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::InboxPage</name>
    <message>
        <source>New concerns waiting for triage, oldest first. Select one and press Enter to read it and record a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage the selected concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff &amp;submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import concerns staff sent to the inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns waiting for triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting. New concerns appear here as soon as they are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::LadoConsultationDialog</name>
    <message>
        <source>LADO consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %1: the %n concern(s) not yet considered with the LADO.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Consulted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LADO consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LADO&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the harm threshold: low-level concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the harm threshold: disciplinary procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the harm threshold: allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LADO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::MainWindow</name>
    <message>
        <source>Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now; the records leave memory until you unlock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern %1

Safeguarding records for designated safeguarding leads in English schools. Records are kept in an encrypted vault on this computer and never leave it unless you export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::MeetingDialog</name>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended for the school by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attended by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School&apos;s &amp;contribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::NewUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters and digits, e.g. jsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As people in school know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PackPreview</name>
    <message>
        <source>Preview of the referral pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PartialDateEdit</name>
    <message>
        <source>Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PlanDialog</name>
    <message>
        <source>Add plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PlansFormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PlansTab</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add m&amp;eeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PrintSeam</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PupilListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PupilPicker</name>
    <message>
        <source>Find a child by name or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group of a child who is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Year 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed? Year &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as t&amp;yped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the child by the name typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s part in the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the child found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children named in this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected child from the concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PupilRecordPage</name>
    <message>
        <source>Pupil record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back to pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of pupils (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;referral pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral pack for this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the UPN; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN copied; cleared in 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PupilSearchModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::PupilsPage</name>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, preferred name or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReceiptsModel</name>
    <message>
        <source>Concern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReceiptsPage</name>
    <message>
        <source>My concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are worried about a child, record it now, as facts, and tell the DSL in person if the child may be at risk of immediate harm. Once recorded, a concern can be read only by the safeguarding team; below you can see that yours arrived and whether it has been seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns you recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Concern %1 was recorded and is with the safeguarding team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::RecordPages</name>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::RecordTab</name>
    <message>
        <source>Something went wrong inside Lantern. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralBasisPage</name>
    <message>
        <source>UK GDPR Article 6(1)(e): public task (the school&apos;s safeguarding duty, Education Act 2002 s175/s157)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving team asks about these first. Change the wording if your basis differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis (UK GDPR Article 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category condition (DPA 2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was &amp;sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was n&amp;ot sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why consent was not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not, e.g. seeking consent could place the child at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents or carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;know about the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents or carers know about the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not &amp;yet know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents or carers do not know about the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the parents or carers are not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not, e.g. telling them could increase the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawful basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special &amp;category condition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralExportPage</name>
    <message>
        <source>Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is written in one go: a cancel or a full disk leaves no file behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save the pack as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. Give it to the receiving team by phone, never in the email that carries the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this out to the receiving team, who check it against what their copy of the pack shows (manifest SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to save the pack in does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral has been recorded on %1&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase to the receiving team by phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralPeriodPage</name>
    <message>
        <source>Period and recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds the concerns, chronology and voice of this period. Most referrals cover the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team referred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a start date on or before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the team the referral goes to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralPreflightPage</name>
    <message>
        <source>Before export: what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix each finding, or say why you are going ahead without it. Your reasons go into the pack and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child&apos;s voice is recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lawful basis for sharing is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision on consent is recorded, or consent was not sought and no reason is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology has no entries in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not recorded whether the parents or carers know, or they do not and no reason is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix: record what the child said on their record, or widen the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix: widen the period, or add the events to the child&apos;s chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix: complete the basis for sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing. Go on to the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings to fix, or to proceed past with a reason: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the basis for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for proceeding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed, because…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proceed, because:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the receiving team will read. Nothing has been exported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview — not yet exported. Pages in the printed pack (referral.pdf): %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lantern::ReferralPupilFinder</name>
    <message>
        <source>Name or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a child by name or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind a child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralPupilPage</name>
    <message>
        <source>Which child is the referral about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or the UPN, then choose the child.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralSectionsPage</name>
    <message>
        <source>Family and who the child lives with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school has done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (when figures are given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments, listed with their hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child, the school, the reason and the basis for sharing are always included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we are worried about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is working well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for referral (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we are &amp;worried about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is w&amp;orking well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to hap&amp;pen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions already ta&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralWizard</name>
    <message>
        <source>New referral pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a child to see the referrals made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals have been made for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made for %1, most recent first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is now: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::Roles</name>
    <message>
        <source>Designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headteacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::RosterImportPage</name>
    <message>
        <source>Roster import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the school roll from a Common Transfer File (.xml) or a CSV exported from the management information system. Check the file first: nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full roll: pupils not in the file are marked as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partial: change only the pupils the file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 new pupils, update %2 and mark %3 as left?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 rejected rows will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1    Changed: %2    Leaving: %3    Unchanged: %4    Rejected: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported (%1). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1 (listed below). Fix the file and check it again, or tick &quot;Import only the valid rows&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 marked as left, %4 rows left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a file to see what would change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::StaffAdultConcernDialog</name>
    <message>
        <source>Low-level concern about an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For anything an adult working in school has done that is not consistent with the staff code of conduct, however small. What you write is sealed: only the school&apos;s Lantern can open it, and you cannot read it back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about the head&amp;teacher: only the chair of governors will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the headteacher: only the chair of governors will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lf-report: this is about my own conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report: this is about my own conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not share my name with the adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not share my name with the adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends the concern · Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole in school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened (facts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the concern and send it to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::StaffKeyDialog</name>
    <message>
        <source>Give %1 a staff key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern writes %1&apos;s staff key and the school&apos;s submission profile into a folder for you to hand to them: on a USB stick, or in their home folder. With it, their own Lantern can send concerns to the safeguarding team, sealed so that they cannot read them back; nothing in it opens the vault.

Their key is protected by a password they choose. Ask %1 to type it now, twice; nobody else needs to know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a staff key, given on %2. A new key replaces it: concerns signed with the old key are refused from then on, so they must use the new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared folder staff concerns are written into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;inbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a USB stick, or in their home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder to hand over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write %1&apos;s staff key into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the staff key, typed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 types it: at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to write %1&apos;s staff key into, then type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new staff key in %2. The school&apos;s fingerprint is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s staff key is ready. Give them the folder with these two files in it; it holds the names and year groups of the children on roll, so hand it over in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their staff key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School&apos;s key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the fingerprint out to %1 now. The first time they send a concern, their Lantern shows the school&apos;s key fingerprint: they check that it matches what you read, so they know their concerns can be opened only by this school&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their old key no longer works: concerns signed with it are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::StaffSubmitWindow</name>
    <message>
        <source>Lantern — send a concern to the DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a concern to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a concern to the DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write is sealed so that only the DSL&apos;s Lantern can open it. Once sent, you cannot read it back here: keep the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DSL can read theirs out to you: the two must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School&apos;s key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff key password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff key &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your staff key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a concern to send to the DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock your staff key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts of the concerns you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceipts of concerns sent from here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 — receipt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a low-level concern about an &amp;adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a low-level concern about an adult to send to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 — low-level concern about an adult — receipt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s list of children was not sealed to your key (it was published before you were enrolled): type each child&apos;s name and year group, and ask the DSL for a new key folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::TriageDialog</name>
    <message>
        <source>Triage concern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter records the decision · Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, amended %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this outcome: what you weighed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;easons (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. deputy DSL; MASH consultation line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was &amp;consulted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parents told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the parents were not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. telling them could put the child at greater risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why not (required if not told):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required while the parents have not been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision has not been recorded. If you discard it, what you wrote is gone and the concern stays in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents told: say whether the parents have been told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::UnlockWidget</name>
    <message>
        <source>Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding records for your school, encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups of letters and digits printed on the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is a folder that holds the school&apos;s records, encrypted. You will be its first designated safeguarding lead and can add colleagues once it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case, e.g. jsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as colleagues know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters. A few unrelated words together are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Lantern vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lantern vault: choose the folder whose name ends in .lantern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault first: open one with Open…, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the new vault (Location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different; type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was left locked by a Lantern that is no longer running (it may have stopped unexpectedly). If nobody else has it open, clear the stale lock and unlock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale lock cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stale lock was cleared. You can unlock the vault now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a concern as &amp;staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a concern to the DSL with your staff key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff who record concerns but do not keep the records: use the folder the DSL gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the DSL gave you (your staff key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::UserChangeDialog</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters; a few words are easiest to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different; type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::UserListModel</name>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened this vault with the recovery key. Choose the person who forgot their password and reset it; they sign in with the new password. Then lock the vault (Ctrl+L) and put the recovery key back in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. They sign in with the password you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2). Tell them in person; the old password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) can sign in again with this new password. Tell them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s role was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to sign in: their key slot is removed. Their name stays in the records and the audit log. You can enable the account again later with a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the master key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 could have copied the vault&apos;s key file, rotate the master key now: the whole vault is re-encrypted and every other user&apos;s key slot re-issued, so an old copy opens nothing. This can take a while for a large vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and the master key was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key was not rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a staff key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::VaultPage</name>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change and every view of a record is written to a chained log. Checking it shows whether any entry was altered or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked since unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::VoiceDialog</name>
    <message>
        <source>Add the child&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s words, verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as the child said it; for a drawing or an observation, what it showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptations made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter, visual prompts, a quiet room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child was &amp;told what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child was told what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adaptations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes and &amp;feelings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lantern::VoiceTab</name>
    <message>
        <source>Captured: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes and feelings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child was told what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child was not told what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended (version %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the child&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
</context>
<context>
    <name>lantern::UserListModel</name>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
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
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at entry %1: %2. Keep the vault as it is and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

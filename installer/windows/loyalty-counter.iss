; Inno Setup script: the Windows setup program of the tablet app (the one-folder bundle).
;
; NOT TRIED: written and kept in step with the Linux build, but never compiled
; nor run on Windows (see installer/README.md). To build, on Windows 10/11 x64:
;   1. Python 3.11 (x64) from python.org, then in the project folder:
;        py -3.11 -m venv .venv
;        .venv\Scripts\python -m pip install -e ".[dev]"
;        .venv\Scripts\python installer\build.py        (makes dist\pos-client\)
;   2. Inno Setup 6 (https://jrsoftware.org), then:
;        iscc /DAppVersion=0.7.0 installer\windows\loyalty-counter.iss
;      (the version is loyalty_core\version.py's; build.py prints this line)
;   -> dist\loyalty-counter-0.7.0-setup.exe
;
; What it does: installs the bundle to Program Files\Loyalty Counter, a
; Start-menu shortcut (and a desktop one if ticked) with the app's icon, and
; an uninstaller. An upgrade closes the running app first and replaces the
; whole bundle. The data are not in Program Files: the app keeps its store,
; logs and receipts in the user's data folder (%LOCALAPPDATA%\loyalty-counter,
; platformdirs) and the store's key in Windows Credential Manager; uninstalling
; leaves both, so reinstalling (or upgrading) finds every waiting sale.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\loyalty-counter.iss
#endif
#define AppName "Loyalty Counter"
#define AppExe "pos-client.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define Bundle Root + "\dist\pos-client"

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{3C6F1E52-8A4B-4D7E-9B1A-6E2F0C5D7A91}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Loyalty Counter
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=loyalty-counter-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\loyalty-counter.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running app (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "catalan"; MessagesFile: "compiler:Languages\Catalan.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: no module of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The .exe carries the icon (pos-client.spec: icon=loyalty-counter.ico).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the user's data folder or the key: on purpose (see above).

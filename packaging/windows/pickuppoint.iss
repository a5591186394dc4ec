; Inno Setup script: the Windows installer for pickuppoint (社区接驳点).
;
; Build the bundle first, on Windows, from the clone:
;     .venv\Scripts\python packaging\build_bundle.py --check
; then compile this script with Inno Setup 6 (https://jrsoftware.org/isinfo.php):
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\pickuppoint.iss
; The installer is written to build\installer\pickuppoint-setup-<version>.exe.
;
; It installs for the current user only (no administrator needed) into
; %LOCALAPPDATA%\Programs\pickuppoint, with a Start-menu entry (and a desktop icon if asked).
; The point's data (the database, backups) lives in %LOCALAPPDATA%\pickuppoint, outside the
; program folder: uninstalling keeps it unless the user ticks the box to delete it as well.

#define AppName "社区接驳点 pickuppoint"
#define AppVersion "0.1.0"
#define BundleDir "..\..\build\bundle\dist\pickuppoint"

[Setup]
AppId={{6F1A3C52-8D0B-4B7E-9C55-2A4E1D7B9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=pickuppoint
DefaultDirName={localappdata}\Programs\pickuppoint
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\installer
OutputBaseFilename=pickuppoint-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\pickuppoint.ico
UninstallDisplayIcon={app}\pickuppoint.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面上创建图标
english.DesktopIcon=Create a desktop icon
chinesesimplified.DeleteData=同时删除本机的接驳点数据（数据库和备份）？%n%n选“否”则保留数据，重新安装后可以继续使用。
english.DeleteData=Also delete this computer's pickup point data (database and backups)?%n%nChoose No to keep it for a later installation.
chinesesimplified.CommandLine=命令行
english.CommandLine=Command line

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\pickuppoint.exe"
Name: "{group}\{#AppName} ({cm:CommandLine})"; Filename: "{cmd}"; Parameters: "/k ""{app}\pickuppoint-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\pickuppoint.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\pickuppoint.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data directory is platformdirs' user data dir: %LOCALAPPDATA%\pickuppoint. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\pickuppoint');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;

@echo off
rem Runs Scholion on Windows: scholion [COMMAND ...]
rem Builds the application when needed (first run, or sources newer than the build), otherwise
rem starts it directly with java, so a command costs one JVM start, not a Maven run.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\target\scholion.jar"
set "REQUIRED=25"
set "JDK="

for %%D in ("%SCHOLION_JAVA_HOME%" "%JAVA_HOME%") do (
  if not defined JDK if not "%%~D"=="" call :check_jdk "%%~D"
)
if not defined JDK (
  for /f "delims=" %%J in ('where java 2^>nul') do (
    if not defined JDK call :check_jdk "%%~dpJ.."
  )
)
if not defined JDK (
  for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-*" "%ProgramFiles%\Java\jdk-*" "%ProgramFiles%\Microsoft\jdk-*" "%USERPROFILE%\.jdks\*") do (
    if not defined JDK call :check_jdk "%%~D"
  )
)
if not defined JDK (
  echo scholion: needs a JDK %REQUIRED% or newer ^(none found in SCHOLION_JAVA_HOME, JAVA_HOME, PATH or Program Files^); install one, e.g. Temurin %REQUIRED% 1>&2
  exit /b 1
)

set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if not exist "%HERE%\target\lib" set "BUILD=1"
if not defined BUILD (
  for /f %%N in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File '%HERE%\src\main','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count"') do (
    if not "%%N"=="0" set "BUILD=1"
  )
)
if defined BUILD (
  echo scholion: building ^(first run or changed sources^)... 1>&2
  pushd "%HERE%"
  set "JAVA_HOME=%JDK%"
  call mvnw.cmd -q -B -Dmaven.test.skip=true package 1>&2
  set "RC=!ERRORLEVEL!"
  popd
  if not "!RC!"=="0" (
    echo scholion: the build failed; run mvnw.cmd -B package to see why 1>&2
    exit /b 1
  )
)

"%JDK%\bin\java.exe" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%HERE%\target\scholion.jsa" -Xlog:cds*=off -Xlog:aot*=off --enable-native-access=ALL-UNNAMED -Dscholion.home="%HERE%" -cp "%JAR%;%HERE%\target\lib\*" org.scholion.app.Main %*
exit /b %ERRORLEVEL%

:check_jdk
if not exist "%~1\bin\java.exe" goto :eof
if not exist "%~1\release" goto :eof
for /f "tokens=2 delims==" %%V in ('findstr /b "JAVA_VERSION=" "%~1\release"') do set "VER=%%~V"
for /f "tokens=1 delims=." %%M in ("%VER%") do set "MAJOR=%%M"
if %MAJOR% GEQ %REQUIRED% set "JDK=%~f1"
goto :eof

@echo off
rem Glas launcher: no arguments opens the workbench, arguments run the command line.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA=java"
if exist "%APP_HOME%\runtime\bin\java.exe" set "JAVA=%APP_HOME%\runtime\bin\java.exe"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined GLAS_JAVA_OPTS set "GLAS_JAVA_OPTS=-Xmx4g"
"%JAVA%" %GLAS_JAVA_OPTS% -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -Dai.djl.offline=true -Dfile.encoding=UTF-8 "-Dglas.home=%APP_HOME%" -jar "%APP_HOME%\glas.jar" %*
endlocal

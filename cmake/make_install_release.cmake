# Writes OUTPUT, the govsite-install-release command: TEMPLATE with the bundle's install
# logic (LOGIC, the text of install.sh) put in its place, so both stay one text.
# Run as: cmake -DTEMPLATE=… -DLOGIC=… -DVERSION=… -DOUTPUT=… -P make_install_release.cmake
cmake_policy(VERSION 3.18)
file(READ "${TEMPLATE}" command)
file(READ "${LOGIC}" logic)
string(REPLACE "@KEEP@" "5" logic "${logic}")
string(REGEX REPLACE "\n$" "" logic "${logic}")
string(REPLACE "@INSTALL_LOGIC@" "${logic}" command "${command}")
string(REPLACE "@VERSION@" "${VERSION}" command "${command}")
file(WRITE "${OUTPUT}" "${command}")
execute_process(COMMAND chmod 755 "${OUTPUT}")

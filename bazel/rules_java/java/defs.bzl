"""Offline shim of rules_java for Bazel 4.2.3: the native rules, re-exported."""

java_binary = native.java_binary
java_import = native.java_import
java_library = native.java_library
java_runtime = native.java_runtime
java_toolchain = native.java_toolchain
java_test = native.java_test

// host/wire.h: Value <-> the structured-clone wire format, without V8.
//
// JS-to-JS messages carry V8 ValueSerializer bytes (format version 15 in
// this V8). So that a C++ message is an ordinary MessageEvent in JS and a
// JS message can be read in C++, host/ writes and reads those same bytes
// itself for the values a Value can hold. The format is documented in V8's
// src/objects/value-serializer.cc; this is an independent implementation
// of the subset, written from that description.
//
// Stateless functions; safe on any thread.
#ifndef ISOHOST_HOST_WIRE_H_
#define ISOHOST_HOST_WIRE_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "channel/message.h"
#include "host/value.h"

namespace isohost::wire {

// The format version written in the header (V8 10.2's latest).
inline constexpr uint32_t kFormatVersion = 15;

// Encode()
//
// Appends the wire bytes of `value` (header included) to `out`.
// InvalidArgument for a string that is not UTF-8 or a typed array whose
// byte length is not a multiple of its element size.
absl::Status Encode(const Value& value, std::vector<uint8_t>* out);

// Decode()
//
// Reads a message's value; transferred ArrayBuffers are read from the
// message's attachments. InvalidArgument for bytes that are not a valid
// serialization; Unimplemented for values a Value cannot hold (Map, Set,
// BigInt, RegExp, Error, boxed primitives, SharedArrayBuffer, MessagePort,
// cyclic references), naming what was found.
absl::StatusOr<Value> Decode(const channel::Message& message);

}  // namespace isohost::wire

#endif  // ISOHOST_HOST_WIRE_H_

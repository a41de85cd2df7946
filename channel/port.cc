#include "channel/port.h"

namespace isohost::channel {

Port::Port(std::shared_ptr<Inbox> inbox, std::shared_ptr<Inbox> peer_inbox)
    : inbox_(std::move(inbox)),
      peer_inbox_(std::move(peer_inbox)),
      token_(peer_inbox_->NewProducerToken()) {}

std::pair<std::unique_ptr<Port>, std::unique_ptr<Port>> Port::CreatePair() {
  auto a = std::make_shared<Inbox>();
  auto b = std::make_shared<Inbox>();
  std::unique_ptr<Port> first(new Port(a, b));
  std::unique_ptr<Port> second(new Port(b, a));
  return {std::move(first), std::move(second)};
}

Port::~Port() { Close(); }

bool Port::Post(Message message) {
  if (closed_) return false;
  message.kind = Message::Kind::kData;
  return peer_inbox_->Push(*token_, std::move(message));
}

void Port::Close() {
  if (closed_) return;
  closed_ = true;
  inbox_->Close();
  Message close;
  close.kind = Message::Kind::kClose;
  peer_inbox_->Push(*token_, std::move(close));
  // Nothing may follow the kClose: the peer's inbox only ever had us as a
  // producer.
  peer_inbox_->Close();
}

void Port::OnPeerClosed() {
  if (closed_) return;
  closed_ = true;
  inbox_->Close();
  peer_inbox_->Close();
}

}  // namespace isohost::channel

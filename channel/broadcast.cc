#include "channel/broadcast.h"

#include <vector>

#include "loop/locks.h"

namespace isohost::channel {
namespace {

// absl::MutexLock with the happens-before edges TSan cannot see by itself
// (loop/locks.h).
using Lock = loop::MutexLock;

}  // namespace

BroadcastRegistry& BroadcastRegistry::Process() {
  static BroadcastRegistry* registry = new BroadcastRegistry();
  return *registry;
}

Message BroadcastRegistry::CopyBytes(const Message& message) {
  Message copy;
  copy.kind = message.kind;
  copy.bytes = message.bytes;
  return copy;
}

BroadcastRegistry::Member BroadcastRegistry::AddMember() {
  auto [sender, receiver] = Port::CreatePair();
  Lock lock(&mu_);
  PruneLocked();
  Member member;
  member.id = next_member_++;
  MemberState& state = members_[member.id];
  state.receiver = receiver->shared_inbox();
  state.sender = std::move(sender);
  member.port = std::move(receiver);
  return member;
}

void BroadcastRegistry::RemoveMember(uint64_t member) {
  Lock lock(&mu_);
  auto it = members_.find(member);
  if (it != members_.end()) EraseMemberLocked(it);
}

uint64_t BroadcastRegistry::Subscribe(uint64_t member, std::string_view name) {
  Lock lock(&mu_);
  PruneLocked();
  auto it = members_.find(member);
  if (it == members_.end()) return 0;
  // Under the lock, so that the id orders this subscription against every
  // Post() (see the class comment).
  uint64_t id = NextSequence();
  it->second.subscriptions.insert(id);
  subscriptions_[id] = Subscription{member, std::string(name)};
  names_[std::string(name)][id] = member;
  return id;
}

void BroadcastRegistry::Unsubscribe(uint64_t subscription) {
  Lock lock(&mu_);
  auto it = subscriptions_.find(subscription);
  if (it == subscriptions_.end()) return;
  auto member = members_.find(it->second.member);
  if (member != members_.end()) member->second.subscriptions.erase(subscription);
  EraseSubscriptionLocked(subscription);
}

int BroadcastRegistry::Post(std::string_view name, uint64_t from,
                            const Message& message, Copier copy,
                            Limits limits) {
  Lock lock(&mu_);
  auto by_name = names_.find(name);
  if (by_name == names_.end()) return 0;
  // Each member once, in the order of its oldest subscription to `name`.
  std::vector<MemberState*> targets;
  std::vector<uint64_t> dead;
  for (const auto& [id, member_id] : by_name->second) {
    if (id == from) continue;
    auto member = members_.find(member_id);
    if (member == members_.end()) continue;
    MemberState* state = &member->second;
    if (state->receiver->closed()) {
      dead.push_back(member_id);
      continue;
    }
    bool seen = false;
    for (MemberState* target : targets) seen = seen || target == state;
    if (!seen) targets.push_back(state);
  }
  for (uint64_t member_id : dead) {
    auto member = members_.find(member_id);
    if (member != members_.end()) EraseMemberLocked(member);
  }
  for (MemberState* target : targets) {
    if (target->sender->PeerBacklogFull(limits.max_messages,
                                        limits.max_bytes)) {
      return -1;
    }
  }
  int reached = 0;
  for (MemberState* target : targets) {
    Message item = copy(message);
    item.kind = Message::Kind::kData;
    if (target->sender->Post(std::move(item))) ++reached;
  }
  return reached;
}

size_t BroadcastRegistry::member_count() const {
  Lock lock(&mu_);
  return members_.size();
}

size_t BroadcastRegistry::subscription_count() const {
  Lock lock(&mu_);
  return subscriptions_.size();
}

void BroadcastRegistry::PruneLocked() {
  for (auto it = members_.begin(); it != members_.end();) {
    auto next = std::next(it);
    if (it->second.receiver->closed()) EraseMemberLocked(it);
    it = next;
  }
}

void BroadcastRegistry::EraseMemberLocked(
    std::map<uint64_t, MemberState>::iterator it) {
  for (uint64_t subscription : it->second.subscriptions) {
    EraseSubscriptionLocked(subscription);
  }
  // The sender's destructor closes it: the member sees a kClose after
  // everything already posted.
  members_.erase(it);
}

void BroadcastRegistry::EraseSubscriptionLocked(uint64_t id) {
  auto it = subscriptions_.find(id);
  if (it == subscriptions_.end()) return;
  auto by_name = names_.find(it->second.name);
  if (by_name != names_.end()) {
    by_name->second.erase(id);
    if (by_name->second.empty()) names_.erase(by_name);
  }
  subscriptions_.erase(it);
}

}  // namespace isohost::channel

// isolate/io/permissions_test.cc
#include "isolate/io/permissions.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace isohost::isolate::io {
namespace {

namespace fs = std::filesystem;

TEST(PermissionsTest, DeniesEverythingByDefault) {
  Permissions none;
  EXPECT_FALSE(none.AllowsNet("127.0.0.1", 80));
  EXPECT_FALSE(none.AllowsRead("/"));
  EXPECT_FALSE(none.AllowsWrite("/tmp"));
  EXPECT_EQ(none.ToString(), "");
}

TEST(PermissionsTest, ParsesNetEntries) {
  auto list = Permissions::ParseNetList("Example.com,127.0.0.1:8080,[::1]:443,::1");
  ASSERT_TRUE(list.ok()) << list.status();
  ASSERT_EQ(list->size(), 4u);
  EXPECT_EQ((*list)[0], (NetAddress{"example.com", 0}));
  EXPECT_EQ((*list)[1], (NetAddress{"127.0.0.1", 8080}));
  EXPECT_EQ((*list)[2], (NetAddress{"::1", 443}));
  EXPECT_EQ((*list)[3], (NetAddress{"::1", 0}));
  EXPECT_EQ(Permissions::ParseNetAddress("http://h:81/x")->port, 81);
}

TEST(PermissionsTest, RejectsBadNetEntries) {
  for (const char* bad : {"", ",", "host:0", "host:99999", "host:x",
                          "a b", "[::1", "[::1]x", "host:"}) {
    EXPECT_FALSE(Permissions::ParseNetList(bad).ok()) << bad;
  }
}

TEST(PermissionsTest, NetMatchesHostAndPort) {
  Permissions p;
  p.net.entries = {{"localhost", 0}, {"127.0.0.1", 8080}, {"::1", 443}};
  EXPECT_TRUE(p.AllowsNet("LOCALHOST", 1));
  EXPECT_TRUE(p.AllowsNet("127.0.0.1", 8080));
  EXPECT_FALSE(p.AllowsNet("127.0.0.1", 8081));
  EXPECT_TRUE(p.AllowsNet("[::1]", 443));
  EXPECT_FALSE(p.AllowsNet("example.com", 443));
  p.net.all = true;
  EXPECT_TRUE(p.AllowsNet("example.com", 443));
}

class PathTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/perm_test_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    root_ = fs::canonical(pattern).string();
    fs::create_directories(root_ + "/granted/sub");
    fs::create_directories(root_ + "/secret");
    std::ofstream(root_ + "/secret/key") << "k";
    fs::create_directory_symlink(root_ + "/secret",
                                 root_ + "/granted/link");
  }
  void TearDown() override { fs::remove_all(root_); }
  std::string root_;
};

TEST_F(PathTest, CanonicalResolvesSymlinksBeforeDotDot) {
  EXPECT_EQ(Canonical(root_ + "/granted/link/key"), root_ + "/secret/key");
  // The OS takes "link/.." from the link's target, not lexically.
  EXPECT_EQ(Canonical(root_ + "/granted/link/../granted"),
            root_ + "/granted");
  EXPECT_EQ(Canonical(root_ + "/granted/new/file.txt"),
            root_ + "/granted/new/file.txt");
  EXPECT_EQ(Canonical(root_ + "/granted/"), root_ + "/granted");
}

TEST_F(PathTest, ReadGrantCoversBelowOnlyAfterResolving) {
  Permissions p;
  p.read.entries = {Canonical(root_ + "/granted")};
  EXPECT_TRUE(p.AllowsRead(Canonical(root_ + "/granted/sub/x")));
  EXPECT_TRUE(p.AllowsRead(Canonical(root_ + "/granted")));
  EXPECT_FALSE(p.AllowsRead(Canonical(root_ + "/granted/link/key")));
  EXPECT_FALSE(p.AllowsRead(Canonical(root_ + "/granted/../secret/key")));
  EXPECT_FALSE(p.AllowsRead(Canonical(root_ + "/grantedX")));
  EXPECT_FALSE(p.AllowsWrite(Canonical(root_ + "/granted/sub/x")));
}

TEST(PermissionsTest, PathIsWithin) {
  EXPECT_TRUE(PathIsWithin("/a/b", "/a"));
  EXPECT_TRUE(PathIsWithin("/a", "/a"));
  EXPECT_FALSE(PathIsWithin("/ab", "/a"));
  EXPECT_TRUE(PathIsWithin("/x", "/"));
}

TEST(PermissionsTest, NarrowNeverWidens) {
  Permissions parent;
  parent.net.entries = {{"127.0.0.1", 0}};
  parent.read.entries = {"/srv"};

  Permissions child;
  child.net.entries = {{"127.0.0.1", 8080}};
  child.read.entries = {"/srv/data"};
  auto narrowed = parent.Narrow(child);
  ASSERT_TRUE(narrowed.ok()) << narrowed.status();
  EXPECT_EQ(*narrowed, child);

  Permissions wider = child;
  wider.read.entries = {"/"};
  EXPECT_EQ(parent.Narrow(wider).status().code(),
            absl::StatusCode::kPermissionDenied);
  Permissions all_net;
  all_net.net.all = true;
  auto status = parent.Narrow(all_net).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_NE(status.message().find("--allow-net=127.0.0.1"), std::string::npos)
      << status;
  Permissions write;
  write.write.entries = {"/srv"};
  EXPECT_FALSE(parent.Narrow(write).ok());
  EXPECT_TRUE(Permissions::All().Narrow(Permissions::All()).ok());
}

TEST(PermissionsTest, ToStringListsGrants) {
  Permissions p;
  p.net.entries = {{"::1", 80}, {"a.b", 0}};
  p.read.all = true;
  EXPECT_EQ(p.ToString(), "--allow-net=[::1]:80,a.b --allow-read");
}

TEST(PermissionsTest, DeniedMessageNamesTheGrant) {
  EXPECT_EQ(DeniedMessage(Access::kRead, "/etc/passwd"),
            "isohost: read access to '/etc/passwd' is not granted to this "
            "runtime (grant it with --allow-read=/etc/passwd)");
  EXPECT_EQ(DeniedMessage(Access::kNet, "example.com:443"),
            "isohost: network access to 'example.com:443' is not granted to "
            "this runtime (grant it with --allow-net=example.com:443)");
  EXPECT_STREQ(PermissionName(Access::kWrite), "FileSystemWrite");
}

}  // namespace
}  // namespace isohost::isolate::io

#pragma once
// The yaml-cpp EventHandler that builds load::Node trees. Internal to load/.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"
#include "load/text.hpp"
#include "load/yaml_loader.hpp"

namespace shnor::load {

// Thrown out of the handler to stop yaml-cpp at the first fatal problem.
struct StopParsing : std::runtime_error {
    diag::SourceLoc loc;
    StopParsing(diag::SourceLoc l, const std::string& m)
        : std::runtime_error(m), loc(std::move(l)) {}
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(std::string_view text, const LineIndex& index, const Limits& limits,
                diag::Sink& sink);
    NodePtr root() const { return root_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override;
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        std::shared_ptr<Node> node;
        YAML::anchor_t anchor = 0;
        bool expecting_key = true;  // maps only
        bool flow = false;          // { a: 1 } or [1, 2]
        std::string key;
        diag::SourceLoc key_loc;
        std::map<std::string, diag::SourceLoc> seen;  // duplicate-key detection
    };
    struct Anchored {
        NodePtr node;
        std::size_t size = 1;  // nodes in the expanded subtree
        int depth = 1;         // height of the expanded subtree
    };

    diag::SourceLoc loc(const YAML::Mark& mark) const;
    void check_tag(const std::string& tag, const YAML::Mark& mark);
    void check_quotes(const YAML::Mark& mark);
    void count(std::size_t nodes, int height, const YAML::Mark& mark);
    void add(NodePtr node, YAML::anchor_t anchor, std::size_t size, int height);
    void open(std::shared_ptr<Node> node, YAML::anchor_t anchor, const YAML::Mark& mark, bool flow);
    void check_comma_decimal(const YAML::Mark& mark, const std::string& value);
    void check_cut_by_comment(const YAML::Mark& mark, const Node& node);
    void close();

    std::string_view text_;
    const LineIndex& index_;
    Limits limits_;
    diag::Sink& sink_;
    std::vector<Frame> stack_;
    std::vector<std::size_t> sizes_;  // expanded size of each open frame
    std::vector<int> heights_;
    std::map<YAML::anchor_t, Anchored> anchors_;
    std::map<YAML::anchor_t, bool> open_anchors_;
    std::size_t total_ = 0;
    bool aliased_ = false;  // an alias was expanded: the count may be its doing
    NodePtr root_;
};

}  // namespace shnor::load

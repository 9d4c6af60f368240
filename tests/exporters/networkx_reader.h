// Reads a GraphML or GEXF file with networkx (a strict XML parser, expat) and
// gives back its nodes' attributes, for tests that check what analysts'
// tools see. Empty when python3 or networkx is absent: callers skip.
//
//   auto nodes = NetworkxNodes("read_gexf", "/tmp/g.gexf");
//   if (nodes) CHECK((*nodes)["tom"]["label"] == name);
#ifndef DIPLOGRAPH_TESTS_EXPORTERS_NETWORKX_READER_H_
#define DIPLOGRAPH_TESTS_EXPORTERS_NETWORKX_READER_H_

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "exporters/output_file.h"
#include "tests/exporters/hostile_graph.h"

namespace diplograph {

using NodeAttributes = std::map<std::string, std::map<std::string, std::string>>;

// `reader`: read_graphml or read_gexf. Nodes are keyed by the "id" attribute
// where there is one (GraphML), else by the node key (GEXF).
inline std::optional<NodeAttributes> NetworkxNodes(const std::string& reader, const std::string& path) {
  if (std::system("python3 -c 'import networkx' >/dev/null 2>&1") != 0) return std::nullopt;
  std::string json_path = path + ".nodes.json";
  std::string command =
      "python3 -c 'import json, sys, networkx as nx\n"
      "g = nx." + reader + "(sys.argv[1])\n"
      "nodes = {d.get(\"id\", n): {k: str(v) for k, v in d.items()} for n, d in g.nodes(data=True)}\n"
      "json.dump(nodes, open(sys.argv[2], \"w\", encoding=\"utf-8\"), ensure_ascii=False)' '" +
      path + "' '" + json_path + "'";
  if (std::system(command.c_str()) != 0) return NodeAttributes{};  // networkx could not read it
  std::ifstream in(json_path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::filesystem::remove(json_path);
  rapidjson::Document doc;
  doc.Parse(text.str().c_str());
  NodeAttributes out;
  if (doc.HasParseError() || !doc.IsObject()) return out;
  for (const auto& node : doc.GetObject())
    for (const auto& attribute : node.value.GetObject())
      out[node.name.GetString()][attribute.name.GetString()] =
          std::string(attribute.value.GetString(), attribute.value.GetStringLength());
  return out;
}

// Writes `content` (the hostile graph in one format) to a file and checks
// that networkx reads it back with every name intact; skips without networkx.
inline void CheckNetworkxReadsHostileGraph(const std::string& reader, const std::string& file_name,
                                           const std::string& content) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("diplograph-networkx-" + file_name);
  std::filesystem::create_directories(dir);
  std::string path = (dir / file_name).string();
  REQUIRE(WriteFileAtomically(path, content).ok());
  std::optional<NodeAttributes> nodes = NetworkxNodes(reader, path);
  std::filesystem::remove_all(dir);
  if (!nodes) {
    WARN("networkx absent (python3-networkx): skipped");
    return;
  }
  REQUIRE(nodes->size() == 11);
  CHECK((*nodes)["tom"]["label"] == kHostilePerson);
  CHECK((*nodes)["tom"]["name"] == kHostilePerson);
  CHECK((*nodes)["tom"]["name_ar"] == kHostileArabic);
  CHECK((*nodes)["ukr"]["name"] == kControlNameInXml);  // the tab survives
  CHECK((*nodes)["doc-a"]["label"] == kHostileTitle);
  CHECK((*nodes)["doc-a"]["source"] == "Outlet <&>");
}

}  // namespace diplograph

#endif  // DIPLOGRAPH_TESTS_EXPORTERS_NETWORKX_READER_H_

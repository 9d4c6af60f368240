#include "exporters/graphml.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "exporters/output_file.h"
#include "tests/exporters/hostile_graph.h"
#include "tests/exporters/networkx_reader.h"

namespace diplograph {

namespace {

using Data = std::map<std::string, std::string>;  // attr.name -> value

struct ParsedGraphml {
  std::map<std::string, Data> nodes;  // by the "id" data (the content id)
  std::multimap<std::string, Data> edges;  // by "from|role|to" in content ids
  std::string edgedefault;
};

// Reads GraphML back with Boost's XML parser, which decodes entities as any
// XML reader does.
ParsedGraphml Parse(const std::string& xml) {
  namespace pt = boost::property_tree;
  pt::ptree tree;
  std::istringstream in(xml);
  pt::read_xml(in, tree);
  const pt::ptree& root = tree.get_child("graphml");
  std::map<std::string, std::string> key_name;
  for (const auto& [tag, key] : root)
    // "attr.name" holds a dot, ptree's default path separator.
    if (tag == "key")
      key_name[key.get<std::string>("<xmlattr>.id")] = key.get<std::string>(pt::ptree::path_type("<xmlattr>/attr.name", '/'));
  auto data = [&](const pt::ptree& element) {
    Data d;
    for (const auto& [tag, child] : element)
      if (tag == "data") d[key_name.at(child.get<std::string>("<xmlattr>.key"))] = child.get_value<std::string>();
    return d;
  };
  ParsedGraphml out;
  const pt::ptree& graph = root.get_child("graph");
  out.edgedefault = graph.get<std::string>("<xmlattr>.edgedefault");
  std::map<std::string, std::string> content_id;  // n0 -> "tom"
  for (const auto& [tag, node] : graph)
    if (tag == "node") {
      Data d = data(node);
      content_id[node.get<std::string>("<xmlattr>.id")] = d["id"];
      out.nodes[d["id"]] = d;
    }
  for (const auto& [tag, edge] : graph)
    if (tag == "edge") {
      Data d = data(edge);
      std::string from = content_id.at(edge.get<std::string>("<xmlattr>.source"));
      std::string to = content_id.at(edge.get<std::string>("<xmlattr>.target"));
      out.edges.emplace(from + "|" + d["role"] + "|" + to, d);
    }
  return out;
}

std::string EventId(const TemporalGraph& g, const std::string& category, const Date& start) {
  for (const GraphNode* n : g.Events())
    if (n->event.category == category && n->event.start == start) return n->id;
  return "";
}

}  // namespace

TEST_CASE("GraphML has every node and edge with its attributes, hostile names intact", "[exporters][graphml]") {
  TemporalGraph g = HostileGraph();
  std::string xml = WriteGraphml(g);
  ParsedGraphml p = Parse(xml);
  CHECK(p.edgedefault == "directed");
  REQUIRE(p.nodes.size() == 11);  // 3 actors, 1 place, 5 events, 2 documents
  CHECK(p.edges.size() == 17);

  const Data& tom = p.nodes.at("tom");
  CHECK(tom.at("kind") == "actor");
  CHECK(tom.at("category") == "person");
  CHECK(tom.at("name") == kHostilePerson);
  CHECK(tom.at("label") == kHostilePerson);
  CHECK(tom.at("name_ar") == kHostileArabic);
  CHECK(tom.at("country") == "usa");
  CHECK(p.nodes.at("ukr").at("name") == kControlNameInXml);
  CHECK(p.nodes.at("istanbul").at("kind") == "place");

  std::string talks = EventId(g, "CONSULT", Date::Day(2025, 5, 15));
  const Data& t = p.nodes.at(talks);
  CHECK(t.at("kind") == "event");
  CHECK(t.at("category") == "CONSULT");
  CHECK(t.at("status") == "happened");
  CHECK(t.at("start") == "2025-05-15");
  CHECK(t.at("end") == "2025-05-16");
  CHECK(t.at("source") == "news/a,\"b\".txt");
  const Data& call = p.nodes.at(EventId(g, "CONSULT", Date::Day(2025, 5, 17)));
  CHECK(call.at("mode") == "phone");
  CHECK(call.at("source") == "news/a,\"b\".txt; news/b.txt");
  const Data& proposal = p.nodes.at(EventId(g, "AGREE", Date::Month(2024, 2)));
  CHECK(proposal.at("start") == "2024-02");
  CHECK(proposal.at("status") == "proposed");
  CHECK(p.nodes.at(EventId(g, "DISAPPROVE", Date())).at("start").empty());

  const Data& doc = p.nodes.at("doc-a");
  CHECK(doc.at("kind") == "document");
  CHECK(doc.at("label") == kHostileTitle);
  CHECK(doc.at("source") == "Outlet <&>");
  CHECK(doc.at("start") == "2025-05-17");
  CHECK(p.nodes.at("doc-b").at("url") == "https://example.org/news?id=1&lang=\"en\"");

  // Edges by role, each dated by its event.
  std::multiset<std::string> roles;
  for (const auto& [key, d] : p.edges) roles.insert(d.at("role"));
  CHECK(roles.count("agent") == 5);
  CHECK(roles.count("recipient") == 4);
  CHECK(roles.count("mediator") == 1);
  CHECK(roles.count("location") == 1);
  CHECK(roles.count("evidence") == 6);
  REQUIRE(p.edges.count("tom|mediator|" + talks) == 1);
  const Data& mediator = p.edges.find("tom|mediator|" + talks)->second;
  CHECK(mediator.at("start") == "2025-05-15");
  CHECK(mediator.at("end") == "2025-05-16");
  CHECK(p.edges.count(talks + "|location|istanbul") == 1);

  // Text stays text, and the file holds no character XML forbids.
  CHECK(xml.find("<script") == std::string::npos);
  CHECK(xml.find('\x07') == std::string::npos);
  CHECK(WriteGraphml(HostileGraph()) == xml);
}

TEST_CASE("networkx reads the graphml file with hostile names intact", "[exporters][graphml][networkx]") {
  CheckNetworkxReadsHostileGraph("read_graphml", "g.graphml", WriteGraphml(HostileGraph()));
}

}  // namespace diplograph

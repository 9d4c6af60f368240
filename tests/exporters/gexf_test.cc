#include "exporters/gexf.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include "exporters/output_file.h"
#include "tests/exporters/hostile_graph.h"
#include "tests/exporters/networkx_reader.h"

namespace diplograph {

namespace {

namespace pt = boost::property_tree;

struct Element {
  std::map<std::string, std::string> xml;     // XML attributes (id, label, start, end ...)
  std::map<std::string, std::string> values;  // <attvalue for=... value=...>
};

struct ParsedGexf {
  pt::ptree root;
  std::set<std::string> node_attributes, edge_attributes;
  std::map<std::string, Element> nodes, edges;  // by id
};

ParsedGexf Parse(const std::string& xml) {
  pt::ptree tree;
  std::istringstream in(xml);
  pt::read_xml(in, tree);
  ParsedGexf out;
  out.root = tree.get_child("gexf");
  const pt::ptree& graph = out.root.get_child("graph");
  for (const auto& [tag, attributes] : graph) {
    if (tag != "attributes") continue;
    auto& declared = attributes.get<std::string>("<xmlattr>.class") == "node" ? out.node_attributes
                                                                              : out.edge_attributes;
    for (const auto& [atag, a] : attributes)
      if (atag == "attribute") declared.insert(a.get<std::string>("<xmlattr>.id"));
  }
  auto element = [](const pt::ptree& e) {
    Element el;
    for (const auto& [name, value] : e.get_child("<xmlattr>")) el.xml[name] = value.get_value<std::string>();
    if (auto values = e.get_child_optional("attvalues"))
      for (const auto& [tag, v] : *values)
        if (tag == "attvalue") el.values[v.get<std::string>("<xmlattr>.for")] = v.get<std::string>("<xmlattr>.value");
    return el;
  };
  for (const auto& [tag, n] : graph.get_child("nodes"))
    if (tag == "node") out.nodes[n.get<std::string>("<xmlattr>.id")] = element(n);
  for (const auto& [tag, e] : graph.get_child("edges"))
    if (tag == "edge") out.edges[e.get<std::string>("<xmlattr>.id")] = element(e);
  return out;
}

std::optional<std::string> Get(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

std::string EventId(const TemporalGraph& g, const std::string& category, const Date& start) {
  for (const GraphNode* n : g.Events())
    if (n->event.category == category && n->event.start == start) return n->id;
  return "";
}

}  // namespace

TEST_CASE("GEXF 1.3 is a dynamic graph with declared attributes and escaped text", "[exporters][gexf]") {
  TemporalGraph g = HostileGraph();
  std::string xml = WriteGexf(g);
  ParsedGexf p = Parse(xml);
  CHECK(p.root.get<std::string>("<xmlattr>.version") == "1.3");
  CHECK(p.root.get<std::string>("<xmlattr>.xmlns") == "http://gexf.net/1.3");
  CHECK(p.root.get<std::string>("graph.<xmlattr>.mode") == "dynamic");
  CHECK(p.root.get<std::string>("graph.<xmlattr>.timeformat") == "date");
  CHECK(p.root.get<std::string>("graph.<xmlattr>.defaultedgetype") == "directed");
  REQUIRE(p.nodes.size() == 11);
  REQUIRE(p.edges.size() == 17);

  // Every value belongs to a declared attribute; every edge joins two nodes.
  for (const auto& [id, n] : p.nodes)
    for (const auto& [key, value] : n.values) {
      INFO(id << " " << key);
      CHECK(p.node_attributes.count(key) == 1);
    }
  for (const auto& [id, e] : p.edges) {
    INFO(id);
    CHECK(p.nodes.count(e.xml.at("source")) == 1);
    CHECK(p.nodes.count(e.xml.at("target")) == 1);
    CHECK(p.edge_attributes.count("role") == 1);
    CHECK(e.values.at("role") == e.xml.at("label"));
  }

  const Element& tom = p.nodes.at("tom");
  CHECK(tom.xml.at("label") == kHostilePerson);
  CHECK(tom.values.at("name") == kHostilePerson);
  CHECK(tom.values.at("name_ar") == kHostileArabic);
  CHECK(tom.values.at("kind") == "actor");
  CHECK(tom.values.at("category") == "person");
  CHECK_FALSE(Get(tom.xml, "start"));  // actors are always there
  CHECK(p.nodes.at("ukr").xml.at("label") == kControlNameInXml);
  CHECK(p.nodes.at("doc-a").xml.at("label") == kHostileTitle);
  CHECK(p.nodes.at("doc-a").values.at("source") == "Outlet <&>");

  SECTION("event nodes span their dates at the precision known") {
    struct Case {
      std::string category;
      Date start;
      std::optional<std::string> gexf_start, gexf_end;
    };
    const Case kCases[] = {
        {"CONSULT", Date::Day(2025, 5, 17), "2025-05-17", "2025-05-17"},
        {"CONSULT", Date::Day(2025, 5, 15), "2025-05-15", "2025-05-16"},
        {"AGREE", Date::Month(2024, 2), "2024-02-01", "2024-02-29"},  // leap year
        {"ASSAULT", Date::Day(2022, 2, 24), "2022-02-24", std::nullopt},  // ongoing: open end
        {"DISAPPROVE", Date(), std::nullopt, std::nullopt},  // undated: always there
    };
    for (const Case& c : kCases) {
      std::string id = EventId(g, c.category, c.start);
      INFO(c.category << " " << c.start.ToIso() << " " << id);
      REQUIRE(p.nodes.count(id) == 1);
      const Element& e = p.nodes.at(id);
      CHECK(Get(e.xml, "start") == c.gexf_start);
      CHECK(Get(e.xml, "end") == c.gexf_end);
      CHECK(e.values.at("category") == c.category);
      // Each edge of the event lives as long as the event.
      int edges = 0;
      for (const auto& [eid, edge] : p.edges) {
        if (edge.xml.at("source") != id && edge.xml.at("target") != id) continue;
        ++edges;
        CHECK(Get(edge.xml, "start") == c.gexf_start);
        CHECK(Get(edge.xml, "end") == c.gexf_end);
      }
      CHECK(edges >= 2);
    }
  }

  CHECK(xml.find("<script") == std::string::npos);
  CHECK(xml.find("<img") == std::string::npos);
  CHECK(xml.find('\x07') == std::string::npos);
  CHECK(WriteGexf(HostileGraph()) == xml);
}

TEST_CASE("networkx reads the gexf file with hostile names intact", "[exporters][gexf][networkx]") {
  CheckNetworkxReadsHostileGraph("read_gexf", "g.gexf", WriteGexf(HostileGraph()));
}

}  // namespace diplograph

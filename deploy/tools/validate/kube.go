package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/applyconfigurations"
	"k8s.io/client-go/kubernetes/scheme"
	"sigs.k8s.io/yaml"
)

// validateKube decodes every document of a rendered chart with the Kubernetes API types, strictly
// (unknown or duplicated fields and wrong types are errors, as the API server's strict field
// validation treats them), and checks it against the OpenAPI-derived structural schema that
// client-go ships for server-side apply.
func validateKube(file string) (report, error) {
	r := report{Checked: []string{file}}
	raw, err := os.ReadFile(file)
	if err != nil {
		return r, err
	}
	strict := serializer.NewCodecFactory(scheme.Scheme, serializer.EnableStrict).UniversalDeserializer()
	converter := applyconfigurations.NewTypeConverter(scheme.Scheme)
	reader := utilyaml.NewYAMLReader(bufioReader(raw))
	var kinds []string
	var objects []runtime.Object
	for i := 0; ; i++ {
		doc, err := reader.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return r, err
		}
		if len(bytes.TrimSpace(stripComments(doc))) == 0 {
			continue
		}
		js, err := yaml.YAMLToJSON(doc)
		if err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("document %d: yaml: %v", i, err))
			continue
		}
		obj, gvk, err := strict.Decode(js, nil, nil)
		if err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("document %d: %v", i, err))
			continue
		}
		name := fmt.Sprintf("%s/%s", gvk.Kind, metaName(js))
		kinds = append(kinds, name)
		if _, err := converter.ObjectToTyped(obj); err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: schema: %v", name, err))
		}
		objects = append(objects, obj)
	}
	r.Problems = append(r.Problems, workloadRules(objects)...)
	r.Details = map[string]any{"objects": kinds, "workloads": summarize(objects)}
	return r, nil
}

func metaName(js []byte) string {
	var m struct {
		Metadata struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	_ = yaml.Unmarshal(js, &m)
	return m.Metadata.Name
}

func stripComments(doc []byte) []byte {
	var out [][]byte
	for _, line := range bytes.Split(doc, []byte("\n")) {
		if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '#' {
			out = append(out, line)
		}
	}
	return bytes.Join(out, []byte("\n"))
}

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/schema"
	"github.com/compose-spec/compose-go/v2/types"
	"gopkg.in/yaml.v3"
)

// validateCompose checks the raw file against the compose-spec JSON schema (before interpolation, so
// a typo is caught whatever the environment), then loads it as docker compose would with the given
// environment (interpolation, required variables, references between services, secrets, volumes).
func validateCompose(file string, env []string) (report, error) {
	r := report{Checked: []string{file}}
	raw, err := os.ReadFile(file)
	if err != nil {
		return r, err
	}
	var doc map[string]any
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		r.Problems = append(r.Problems, "yaml: "+err.Error())
		return r, nil
	}
	if err := schema.Validate(doc); err != nil {
		r.Problems = append(r.Problems, "compose-spec schema: "+err.Error())
	}
	environment := map[string]string{}
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok {
			environment[k] = v
		}
	}
	abs, _ := filepath.Abs(file)
	project, err := loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  filepath.Dir(abs),
		ConfigFiles: []types.ConfigFile{{Filename: abs, Content: raw}},
		Environment: environment,
	}, func(o *loader.Options) {
		o.SetProjectName("claimlane", true)
		o.ResolvePaths = true
	})
	if err != nil {
		r.Problems = append(r.Problems, "compose load: "+err.Error())
		return r, nil
	}
	services := map[string]any{}
	for name, s := range project.Services {
		services[name] = map[string]any{
			"image":       s.Image,
			"healthcheck": s.HealthCheck != nil && !s.HealthCheck.Disable,
			"user":        s.User,
			"secrets":     len(s.Secrets),
			"dependsOn":   dependsOn(s),
			"environment": envNames(s),
		}
	}
	r.Details = map[string]any{"services": services, "secrets": secretNames(project)}
	return r, nil
}

func dependsOn(s types.ServiceConfig) map[string]string {
	out := map[string]string{}
	for name, d := range s.DependsOn {
		out[name] = d.Condition
	}
	return out
}

// envNames lists the variables a service gets, never their values (some are secrets).
func envNames(s types.ServiceConfig) []string {
	names := []string{}
	for k := range s.Environment {
		names = append(names, k)
	}
	return names
}

func secretNames(p *types.Project) map[string]string {
	out := map[string]string{}
	for name, s := range p.Secrets {
		switch {
		case s.File != "":
			out[name] = "file"
		case s.Environment != "":
			out[name] = "environment:" + s.Environment
		default:
			out[name] = fmt.Sprintf("external=%v", s.External)
		}
	}
	return out
}

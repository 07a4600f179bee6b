package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
)

var (
	// A base image is pinned by a digest or a full major.minor.patch version in its tag.
	pinnedImage  = regexp.MustCompile(`(@sha256:[0-9a-f]{64}$)|(:[^:/]*\d+\.\d+\.\d+[^:/]*$)`)
	remoteSource = regexp.MustCompile(`^(https?|git)://|^git@`)
	argReference = regexp.MustCompile(`\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?`)
)

// validateDockerfiles runs BuildKit's parser and its built-in lint rules (those of
// `docker build --check`), then the project's image rules on the parsed stages.
func validateDockerfiles(files []string) (report, error) {
	r := report{Checked: files}
	details := map[string]any{}
	for _, file := range files {
		problems, info, err := checkDockerfile(file)
		if err != nil {
			return r, err
		}
		for _, p := range problems {
			r.Problems = append(r.Problems, file+": "+p)
		}
		details[file] = info
	}
	r.Details = details
	return r, nil
}

func checkDockerfile(file string) ([]string, map[string]any, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var problems []string
	parsed, err := parser.Parse(f)
	if err != nil {
		return []string{"parse: " + err.Error()}, nil, nil
	}
	for _, w := range parsed.Warnings {
		problems = append(problems, "parser: "+w.Short)
	}
	lint := linter.New(&linter.Config{
		Warn: func(rule, _, _, msg string, loc []parser.Range) {
			line := 0
			if len(loc) > 0 {
				line = loc[0].Start.Line
			}
			problems = append(problems, fmt.Sprintf("lint %s (line %d): %s", rule, line, msg))
		},
	})
	stages, metaArgs, err := instructions.Parse(parsed.AST, lint)
	if err != nil {
		return append(problems, "instructions: "+err.Error()), nil, nil
	}
	defaults := map[string]string{}
	for _, a := range metaArgs {
		for _, kv := range a.Args {
			if kv.Value != nil {
				defaults[kv.Key] = *kv.Value
			}
		}
	}
	problems = append(problems, imageRules(stages, defaults)...)
	final := stages[len(stages)-1]
	info := map[string]any{
		"stages":      len(stages),
		"finalUser":   lastUser(final),
		"finalBase":   expand(final.BaseName, defaults),
		"healthcheck": hasHealthcheck(final),
	}
	return problems, info, nil
}

// imageRules: multi-stage, a non-root final user, pinned bases, no remote ADD, a HEALTHCHECK
// decision in the final stage, and node_modules in the final image only from a production install.
func imageRules(stages []instructions.Stage, defaults map[string]string) []string {
	var problems []string
	if len(stages) < 2 {
		problems = append(problems, "not multi-stage: build tools would ship in the image")
	}
	names := map[string]int{}
	for i, s := range stages {
		if s.Name != "" {
			names[strings.ToLower(s.Name)] = i
		}
		base := expand(s.BaseName, defaults)
		if _, isStage := names[strings.ToLower(base)]; !isStage || names[strings.ToLower(base)] == i {
			if !pinnedImage.MatchString(base) {
				problems = append(problems, fmt.Sprintf("stage %d: base image %q is not pinned (digest or full version tag)", i, base))
			}
		}
		for _, c := range s.Commands {
			if add, ok := c.(*instructions.AddCommand); ok {
				for _, src := range add.SourcePaths {
					if remoteSource.MatchString(src) {
						problems = append(problems, fmt.Sprintf("stage %d: ADD of a remote source %q", i, src))
					}
				}
			}
		}
	}
	final := stages[len(stages)-1]
	user := lastUser(final)
	switch {
	case user == "":
		problems = append(problems, "final stage: no USER, the container would run as root")
	case isRootUser(user):
		problems = append(problems, fmt.Sprintf("final stage: USER %q is root", user))
	}
	if !hasHealthcheck(final) {
		problems = append(problems, "final stage: no HEALTHCHECK (CMD, or NONE when the orchestrator probes)")
	}
	problems = append(problems, productionModules(stages, names)...)
	return problems
}

func productionModules(stages []instructions.Stage, names map[string]int) []string {
	final := stages[len(stages)-1]
	for _, c := range final.Commands {
		cp, ok := c.(*instructions.CopyCommand)
		if !ok || !copiesNodeModules(cp) {
			continue
		}
		if cp.From == "" {
			return []string{"final stage: node_modules copied from the build context"}
		}
		idx, ok := names[strings.ToLower(cp.From)]
		if !ok || !installsProductionOnly(stages[:idx+1]) {
			return []string{fmt.Sprintf("final stage: node_modules from stage %q, which has no production-only install (--omit=dev)", cp.From)}
		}
	}
	return nil
}

func copiesNodeModules(cp *instructions.CopyCommand) bool {
	for _, src := range cp.SourcePaths {
		if strings.Contains(src, "node_modules") {
			return true
		}
	}
	return false
}

func installsProductionOnly(stages []instructions.Stage) bool {
	for _, s := range stages {
		for _, c := range s.Commands {
			if run, ok := c.(*instructions.RunCommand); ok && strings.Contains(strings.Join(run.CmdLine, " "), "--omit=dev") {
				return true
			}
		}
	}
	return false
}

func lastUser(s instructions.Stage) string {
	user := ""
	for _, c := range s.Commands {
		if u, ok := c.(*instructions.UserCommand); ok {
			user = u.User
		}
	}
	return user
}

func isRootUser(user string) bool {
	name, _, _ := strings.Cut(user, ":")
	return name == "root" || name == "0"
}

func hasHealthcheck(s instructions.Stage) bool {
	for _, c := range s.Commands {
		if _, ok := c.(*instructions.HealthCheckCommand); ok {
			return true
		}
	}
	return false
}

func expand(s string, defaults map[string]string) string {
	return argReference.ReplaceAllStringFunc(s, func(m string) string {
		key := argReference.FindStringSubmatch(m)[1]
		if v, ok := defaults[key]; ok {
			return v
		}
		return m
	})
}

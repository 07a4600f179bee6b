// Command validate checks Claimlane's deploy artifacts offline, with the libraries the real tools use:
// compose-go (docker compose's loader and its compose-spec JSON schema), BuildKit's Dockerfile parser
// and linter plus the project's image rules, and client-go's typed Kubernetes scheme for rendered
// manifests. Every subcommand prints one JSON report and exits 1 when it found a problem.
//
//	validate compose <compose.yaml> [KEY=VALUE...]
//	validate dockerfile <Dockerfile>...
//	validate kube <rendered.yaml>
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// report is what every subcommand prints: the files it read and every problem found in them.
type report struct {
	Checked  []string `json:"checked"`
	Problems []string `json:"problems"`
	Details  any      `json:"details,omitempty"`
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: validate compose|dockerfile|kube <file>...")
		os.Exit(2)
	}
	var r report
	var err error
	switch os.Args[1] {
	case "compose":
		r, err = validateCompose(os.Args[2], os.Args[3:])
	case "dockerfile":
		r, err = validateDockerfiles(os.Args[2:])
	case "kube":
		r, err = validateKube(os.Args[2])
	default:
		err = fmt.Errorf("unknown subcommand %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if r.Problems == nil {
		r.Problems = []string{}
	}
	out, _ := json.MarshalIndent(r, "", "  ")
	fmt.Println(string(out))
	if len(r.Problems) > 0 {
		os.Exit(1)
	}
}

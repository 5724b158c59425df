// nnsh preload: the public types and the facade, so scripts can name them.
// Works in stock jshell too:
//   jshell --class-path target/nnsh.jar --startup DEFAULT --startup jshell-startup/nnsh.jsh
import org.nnsh.tensor.Matrix;
import org.nnsh.nn.*;
import org.nnsh.data.*;
import org.nnsh.plot.*;
import static org.nnsh.Nnsh.*;

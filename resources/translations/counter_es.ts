<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="44"/>
        <source>Código de producto (F3) y Intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="46"/>
        <source>Añadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="66"/>
        <source>Una unidad menos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="67"/>
        <source>Una unidad más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="68"/>
        <source>Cantidad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="69"/>
        <source>Dto. línea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Quitar línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Dto. ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="90"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="92"/>
        <source>Descuentos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="95"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="98"/>
        <source>Cobrar (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="103"/>
        <source>Venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="182"/>
        <source>Cantidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="182"/>
        <source>Unidades:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="198"/>
        <source>Descuento de línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="217"/>
        <source>Descuento de ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="254"/>
        <source>IVA {rate} %: {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="260"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="263"/>
        <source>Puntos de esta venta: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="26"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="27"/>
        <source>Cant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="28"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="29"/>
        <source>Dto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="30"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="51"/>
        <source>Cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="54"/>
        <source>Devolución (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="56"/>
        <source>Tickets (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="58"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="60"/>
        <source>Cambiar usuario (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="181"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="184"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="21"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="25"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="26"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="29"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="32"/>
        <source>«{text}» no es un importe válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="33"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="36"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="37"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>Código o PIN incorrecto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="42"/>
        <source>Su perfil no permite esta operación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="43"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="44"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="47"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="48"/>
        <source>El DNI/NIE «{text}» no es válido: revise la letra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="51"/>
        <source>«{text}» no es un teléfono válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="52"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="54"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="48"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Compra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="77"/>
        <source>Quitar cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="87"/>
        <source>Últimas compras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="93"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>no socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="132"/>
        <source>Ningún cliente encontrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>Socia del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>No socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="188"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="191"/>
        <source>Tarjeta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="197"/>
        <source>Socia desde {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="200"/>
        <source>Cumpleaños el {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="23"/>
        <source>Loyalty Counter — {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="45"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="92"/>
        <source>Usuario: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="94"/>
        <source>Sin usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>● En línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>● Sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="104"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n cambio pendiente de sincronizar</numerusform>
            <numerusform>%n cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="110"/>
        <source>dependiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111"/>
        <source>asesora de belleza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="112"/>
        <source>encargada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="30"/>
        <source>Cobrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="35"/>
        <source>Total a cobrar: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="49"/>
        <source>Todo con tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="51"/>
        <source>Efectivo exacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Confirmar cobro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="61"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="65"/>
        <source>Tarjeta (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="68"/>
        <source>Efectivo entregado (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="102"/>
        <source>Cambio: {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="46"/>
        <source>Ticket {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="51"/>
        <source>Preparando el ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="57"/>
        <source>Imprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="58"/>
        <source>Guardar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="59"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="88"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="93"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="99"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="115"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="124"/>
        <source>Guardar ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
